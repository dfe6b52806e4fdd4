using Crm.Domain.Common;
using Crm.Infrastructure.Assignment;
using Crm.Infrastructure.Common;
using MudBlazor;

namespace Crm.Web.Assignment;

public sealed partial class AssignmentRulesPage
{
    private Task OnMoveAsync((AssignmentRuleRow Rule, RuleMove Move) change) =>
        RunAsync(() => Rules.MoveAsync(change.Rule.Id, change.Move), null);

    private Task OnToggleAsync((AssignmentRuleRow Rule, bool Active) change) =>
        RunAsync(
            () => Rules.SetActiveAsync(change.Rule.Id, change.Active),
            string.Format(Text[change.Active ? "Rule.Activated" : "Rule.Deactivated"], change.Rule.Name));

    private async Task OnDeleteAsync(AssignmentRuleRow rule)
    {
        var confirmed = await Dialogs.ShowMessageBoxAsync(
            Text["Delete.Title"], string.Format(Text["Delete.Message"], rule.Name),
            Text["Action.Delete"], cancelText: Text["Action.Cancel"]);
        if (confirmed == true)
        {
            await RunAsync(() => Rules.DeleteAsync(rule.Id), string.Format(Text["Deleted"], rule.Name));
        }
    }

    private Task OnDefaultQueueChangedAsync(Guid? teamId) =>
        teamId is { } id
            ? RunAsync(() => Rules.SetDefaultQueueAsync(id), string.Format(Text["Queue.Saved"], QueueName(id)))
            : Task.CompletedTask;

    /// <summary>Saves one change, says so, and reloads; a refusal is shown and the list reloads as it is.</summary>
    private async Task RunAsync(Func<Task> change, string? done)
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
        DomainException domain => Text[$"Error.{domain.Code}"].ResourceNotFound
            ? Text["Error.invalid"].Value
            : Text[$"Error.{domain.Code}"].Value,
        ConcurrencyConflictException => Text["Error.conflict"].Value,
        NotFoundException => Text["Error.gone"].Value,
        ForbiddenException => Text["Error.forbidden"].Value,
        _ => null,
    };
}
