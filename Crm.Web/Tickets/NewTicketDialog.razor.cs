using Crm.Domain.Common;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Customers;
using Crm.Infrastructure.Tickets;
using Crm.Web.Common;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Crm.Web.Tickets;

/// <summary>
/// Opens a ticket in one of the user's queues. Without an assignee the assignment rules place it;
/// every rule is checked as the user saves and shown next to its field. Closes with the
/// <see cref="NewTicket"/>.
/// </summary>
public sealed partial class NewTicketDialog
{
    private static readonly string[] FormFields =
        ["Subject", "Description", "Account", "RequesterEmail", "Queue", "Assignee", "Tags"];

    private readonly FormErrors _errors = new();
    private readonly TicketForm _form = new();
    private TicketChoices? _choices;
    private bool _saving;

    [CascadingParameter]
    private IMudDialogInstance Dialog { get; set; } = default!;

    [Inject]
    private ITicketService Tickets { get; set; } = default!;

    [Inject]
    private IAccountLookups Accounts { get; set; } = default!;

    [Inject]
    private IStringLocalizer<TicketText> Text { get; set; } = default!;

    // Only the agents of the chosen queue's team can take its tickets.
    private IEnumerable<AgentOption> Agents =>
        _choices is null || _form.QueueId is null
            ? []
            : _choices.Agents.Where(a => a.TeamId == _choices.Queues.First(q => q.Id == _form.QueueId).TeamId);

    protected override async Task OnInitializedAsync()
    {
        _choices = await Tickets.ChoicesAsync();
        _form.QueueId = _choices.Queues.FirstOrDefault()?.Id;
    }

    private void OnQueueChanged(Guid? queueId)
    {
        _form.QueueId = queueId;
        if (!Agents.Any(a => a.Id == _form.AssigneeId))
        {
            _form.AssigneeId = null;
        }
    }

    private async Task<IEnumerable<AccountOption>> FindAccountsAsync(
        string? text, CancellationToken cancellationToken) =>
        await Accounts.FindAccountsAsync(text, 20, cancellationToken);

    private async Task OnSaveClickedAsync()
    {
        if (_saving)
        {
            return;
        }

        _saving = true;
        _errors.Clear();
        try
        {
            var created = await Tickets.CreateAsync(_form.ToInput());
            Dialog.Close(DialogResult.Ok(created));
        }
        catch (DomainException error)
        {
            _errors.Add(error, Text, FormFields);
        }
        catch (ForbiddenException)
        {
            _errors.SetGeneral(Text["Error.Forbidden"]);
        }
        finally
        {
            _saving = false;
        }
    }

    private void OnCancelClicked() => Dialog.Cancel();
}
