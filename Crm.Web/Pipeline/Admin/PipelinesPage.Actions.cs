using Crm.Domain.Common;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Pipeline;
using MudBlazor;

namespace Crm.Web.Pipeline.Admin;

public sealed partial class PipelinesPage
{
    private Task OnReorderAsync((PipelineView Pipeline, IReadOnlyList<Guid> Order) change) =>
        RunAsync(() => Pipelines.ReorderStagesAsync(change.Pipeline.Id, change.Pipeline.Version, change.Order), null);

    private async Task OnRetireAsync((PipelineView Pipeline, StageView Stage) retire)
    {
        var confirmed = await Dialogs.ShowMessageBoxAsync(
            string.Format(Text["Retire.Title"], retire.Stage.Name), Text["Retire.Message"].Value,
            Text["Retire.Confirm"], cancelText: Text["Action.Cancel"]);
        if (confirmed != true)
        {
            return;
        }

        _refusal = null;
        await RunAsync(
            () => Pipelines.RetireStageAsync(retire.Pipeline.Id, retire.Pipeline.Version, retire.Stage.Id),
            string.Format(Text["Retire.Done"], retire.Stage.Name), retire.Pipeline.Id);
    }

    /// <summary>
    /// Saves one change, says so, and reloads. A retirement refused because opportunities are
    /// still in the stage is shown in the pipeline's card; other refusals in a message.
    /// </summary>
    private async Task RunAsync(Func<Task> change, string? done, Guid? pipelineId = null)
    {
        _busy = true;
        try
        {
            await change();
            if (done is not null)
            {
                Snackbar.Add(done, Severity.Success);
            }
        }
        catch (StageInUseException inUse) when (pipelineId is { } id)
        {
            _refusal = new RetireRefusal(id, string.Format(Text["Retire.InUse"], inUse.OpenCount, inUse.StageName));
        }
        catch (Exception error) when (Message(error) is { } message)
        {
            Snackbar.Add(message, Severity.Warning);
        }
        finally
        {
            _busy = false;
        }

        await RefreshAsync();
    }

    private string? Message(Exception error) => error switch
    {
        DomainException domain => PipelineErrors.Message(domain, Text),
        ConcurrencyConflictException => Text["Error.conflict"].Value,
        NotFoundException => Text["Error.gone"].Value,
        ForbiddenException => Text["Error.forbidden"].Value,
        _ => null,
    };
}
