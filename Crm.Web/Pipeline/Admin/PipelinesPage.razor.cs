using Crm.Domain.Pipeline;
using Crm.Infrastructure.Live;
using Crm.Infrastructure.Pipeline;
using Crm.Web.Common;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Crm.Web.Pipeline.Admin;

/// <summary>
/// The pipelines and their stages, for administrators: add, rename, reorder, set probability
/// and forecast category, retire. Won and Lost stay at the end; retired stages are listed greyed
/// for the history that points at them. Changes other administrators make show up live.
/// </summary>
public sealed partial class PipelinesPage : IDisposable
{
    private static readonly DialogOptions DialogOptions = new() { MaxWidth = MaxWidth.Small, FullWidth = true };

    private IReadOnlyList<PipelineView>? _pipelines;
    private RetireRefusal? _refusal;
    private LiveReload? _live;
    private bool _busy;

    [Inject]
    private IPipelineService Pipelines { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private ILiveBus Bus { get; set; } = default!;

    public void Dispose() => _live?.Dispose();

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender)
        {
            return;
        }

        // Subscribed before the first load, so a change saved in between is not missed.
        _live = LiveReload.Start(
            Bus, e => e is PipelineCreated or PipelineChanged, () => InvokeAsync(RefreshAsync));
        await RefreshAsync();
    }

    private async Task RefreshAsync()
    {
        _pipelines = await Pipelines.ListAsync(includeRetired: true);
        StateHasChanged();
    }

    private string? RefusalFor(PipelineView pipeline) =>
        _refusal is { } refusal && refusal.PipelineId == pipeline.Id ? refusal.Message : null;

    private void OnDismissRefusal() => _refusal = null;

    private Task OnCreatePipelineAsync() => OpenPipelineDialogAsync(null);

    private Task OnRenamePipelineAsync(PipelineView pipeline) => OpenPipelineDialogAsync(pipeline);

    private Task OnAddStageAsync(PipelineView pipeline) => OpenStageDialogAsync(pipeline, null);

    private Task OnEditStageAsync((PipelineView Pipeline, StageView Stage) edit) =>
        OpenStageDialogAsync(edit.Pipeline, edit.Stage);

    private async Task OpenPipelineDialogAsync(PipelineView? pipeline)
    {
        var parameters = new DialogParameters<PipelineDialog> { { d => d.Pipeline, pipeline } };
        var title = pipeline is null ? Text["PipelineDialog.NewTitle"] : Text["PipelineDialog.RenameTitle"];
        var dialog = await Dialogs.ShowAsync<PipelineDialog>(title, parameters, DialogOptions);
        if (await dialog.GetReturnValueAsync<PipelineView>() is { } saved)
        {
            Snackbar.Add(string.Format(Text["Pipeline.Saved"], saved.Name), Severity.Success);
            await RefreshAsync();
        }
    }

    private async Task OpenStageDialogAsync(PipelineView pipeline, StageView? stage)
    {
        var parameters = new DialogParameters<StageDialog> { { d => d.Pipeline, pipeline }, { d => d.Stage, stage } };
        var title = stage is null ? Text["StageDialog.NewTitle"] : Text["StageDialog.EditTitle"];
        var dialog = await Dialogs.ShowAsync<StageDialog>(title, parameters, DialogOptions);
        if (await dialog.GetReturnValueAsync<string>() is { } name)
        {
            Snackbar.Add(string.Format(Text["Stage.Saved"], name), Severity.Success);
            await RefreshAsync();
        }
    }

    /// <summary>Why retiring was refused, shown in the pipeline's card until dismissed.</summary>
    private sealed record RetireRefusal(Guid PipelineId, string Message);
}
