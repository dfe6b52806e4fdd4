using Crm.Domain.Common;
using Crm.Domain.Pipeline;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Pipeline;
using Crm.Web.Common;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Crm.Web.Pipeline.Admin;

/// <summary>
/// Adds an open stage to <see cref="Pipeline"/> or edits <see cref="Stage"/>; closes with the
/// stage's name. Won and Lost keep their probability and category: only their name changes.
/// Errors show beside the field they concern; a conflict above the form.
/// </summary>
public sealed partial class StageDialog
{
    private static readonly ForecastCategory[] OpenCategories =
        [ForecastCategory.Pipeline, ForecastCategory.BestCase, ForecastCategory.Commit];

    private readonly FormErrors _errors = new();
    private StageForm _form = new();
    private bool _saving;

    [CascadingParameter]
    private IMudDialogInstance Dialog { get; set; } = default!;

    [Inject]
    private IPipelineService Pipelines { get; set; } = default!;

    [Parameter, EditorRequired]
    public PipelineView Pipeline { get; set; } = default!;

    /// <summary>The stage to edit; null adds one.</summary>
    [Parameter]
    public StageView? Stage { get; set; }

    private bool IsClosing => Stage is { IsOpen: false };

    private IEnumerable<ForecastCategory> Categories => IsClosing ? [ForecastCategory.Closed] : OpenCategories;

    protected override void OnInitialized() => _form = StageForm.For(Pipeline, Stage);

    private void OnCancel() => Dialog.Cancel();

    private async Task OnSaveAsync()
    {
        _errors.Clear();
        foreach (var (field, code) in _form.Check())
        {
            _errors.Add(field, Text[$"Error.{code}"]);
        }

        if (_errors.Any || _saving)
        {
            return;
        }

        _saving = true;
        try
        {
            await SaveAsync();
            Dialog.Close(DialogResult.Ok(_form.Name.Trim()));
        }
        catch (DomainException error)
        {
            _errors.Add(error, Text, StageForm.Fields);
        }
        catch (Exception error) when (error is ConcurrencyConflictException or NotFoundException or ForbiddenException)
        {
            _errors.SetGeneral(Text[error switch
            {
                ConcurrencyConflictException => "Error.conflict",
                NotFoundException => "Error.gone",
                _ => "Error.forbidden",
            }]);
        }
        finally
        {
            _saving = false;
        }
    }

    // A new stage is added after the open ones; an edited stage saves its whole form in one
    // change, so a refusal (a name already taken) leaves nothing half-saved.
    private async Task SaveAsync()
    {
        var name = _form.Name.Trim();
        var probability = _form.Probability ?? 0;
        if (Stage is null)
        {
            var stage = new NewStage(name, probability, _form.Category);
            await Pipelines.AddStageAsync(Pipeline.Id, Pipeline.Version, stage);
            return;
        }

        var edit = new StageEdit(name, probability, _form.Category);
        await Pipelines.UpdateStageAsync(Pipeline.Id, Pipeline.Version, Stage.Id, edit);
    }
}
