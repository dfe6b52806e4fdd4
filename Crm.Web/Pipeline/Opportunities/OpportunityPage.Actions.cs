using Crm.Domain.Common;
using Crm.Domain.Pipeline;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Pipeline;
using Crm.Web.Pipeline.Opportunities.Editing;
using MudBlazor;

namespace Crm.Web.Pipeline.Opportunities;

// Editing and moving the opportunity from the page.
public sealed partial class OpportunityPage
{
    private async Task OnEditAsync()
    {
        var view = _view!;
        var stage = _pipeline!.Stages.FirstOrDefault(s => s.Id == view.StageId);
        // Others see the pencil while the dialog is open, however it closes.
        _presence?.StartEditing();
        EditOutcome? outcome;
        try
        {
            outcome = await Dialogs.ShowOpportunityEditorAsync(view, stage?.DefaultProbability ?? 0, Text);
        }
        finally
        {
            _presence?.StopEditing();
        }

        if (outcome is { } done)
        {
            Snackbar.Add(Text[$"Edit.{done}"], done == EditOutcome.Reloaded ? Severity.Info : Severity.Success);
            await LoadAsync();
        }
    }

    private async Task OnStageChosenAsync(StageView stage)
    {
        var view = _view!;
        CloseInfo? close = null;
        if (!stage.IsOpen && (close = await Dialogs.ShowCloseDialogAsync(stage, Zone, Text)) is null)
        {
            return;
        }

        _moving = true;
        try
        {
            await Opportunities.MoveToStageAsync(view.Id, view.Version, stage.Id, close);
            Snackbar.Add(string.Format(Text["Move.Moved"], stage.Name), Severity.Success);
        }
        catch (ConcurrencyConflictException)
        {
            Snackbar.Add(await ConflictMessageAsync(view, "Move.Conflict"), Severity.Warning);
        }
        catch (Exception error) when (error is DomainException or NotFoundException or ForbiddenException)
        {
            Snackbar.Add(ErrorText.For(error, Text), Severity.Error);
        }
        finally
        {
            _moving = false;
        }

        await LoadAsync();
    }

    private Task OnLinesChangedAsync() => LoadAsync();

    /// <summary>"陈丽 changed this opportunity a moment ago…", naming the last person who saved.</summary>
    private async Task<string> ConflictMessageAsync(OpportunityView loaded, string key)
    {
        try
        {
            var changes = await Opportunities.ChangesSinceAsync(loaded.Id, loaded.Version);
            var name = changes.LastOrDefault(c => c.ChangedByName is not null)?.ChangedByName;

            return name is null ? Text[$"{key}Someone"] : string.Format(Text[key], name);
        }
        catch (NotFoundException)
        {
            return Text["Error.gone"];
        }
    }
}
