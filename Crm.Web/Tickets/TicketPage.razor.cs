using Crm.Domain.Common;
using Crm.Domain.Tickets;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Live;
using Crm.Infrastructure.Tickets;
using Crm.Web.Common;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Crm.Web.Tickets;

/// <summary>
/// One ticket: its details, the conversation (paged), a box to reply or add a note, and the
/// controls that change status, priority, queue, assignee and tags; "assign to me" for a ticket
/// waiting in the queue. Every change takes the version shown: when someone saved in between
/// the page says so, shows the latest and keeps the text typed. A link by id turns into the
/// numbered address. Changes others make show up live.
/// </summary>
public sealed partial class TicketPage : IDisposable
{
    private const int MessagesPerPage = 50;
    private static readonly TimeSpan LiveWindow = TimeSpan.FromMilliseconds(300);

    private TicketView? _ticket;
    private TicketChoices _choices = new(false, [], []);
    private List<TicketMessageRow> _messages = [];
    private int _messageTotal;
    private int _messagePages = 1;
    private Guid _me;
    private bool _notFound;
    private bool _busy;
    private bool _conflict;
    private string? _composerError;
    private TicketFiles _files = TicketFiles.None;
    private int _loadedNumber;
    private IDisposable? _subscription;
    private TicketComposer? _composer;
    private bool _replying;
    private CoalescedRefresh? _refresh;

    /// <summary>The ticket's number (<c>/tickets/10234</c>) or, for links built from record ids, its id.</summary>
    [Parameter]
    public string Key { get; set; } = "";

    private int Number => TicketNumbers.Parse(Key) ?? 0;

    [Inject]
    private ITicketService Tickets { get; set; } = default!;

    [Inject]
    private ICurrentUser CurrentUser { get; set; } = default!;

    [Inject]
    private ILiveBus Bus { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private UserTimeZone Zone { get; set; } = default!;

    [Inject]
    private IStringLocalizer<TicketText> Text { get; set; } = default!;

    [Inject]
    private Infrastructure.Attachments.IAttachmentService AttachmentService { get; set; } = default!;

    [Inject]
    private IStringLocalizer<Crm.Web.Attachments.AttachmentText> AttachmentText { get; set; } = default!;

    [Inject]
    private IStringLocalizer<Workspace.WorkspaceText> ShortcutText { get; set; } = default!;

    private bool CanTake => _ticket is { CanWork: true, Assignee: null, Status: not TicketStatus.Closed }
        && _choices.Agents.Any(a => a.Id == _me);

    private string Requester =>
        _ticket?.Contact?.Name ?? _ticket?.RequesterName ?? _ticket?.RequesterEmail ?? Text["Ticket.Customer"];

    public void Dispose()
    {
        _subscription?.Dispose();
        _refresh?.Dispose();
    }

    protected override async Task OnInitializedAsync()
    {
        _me = (await CurrentUser.GetAsync()).UserId;
        await Zone.LoadAsync();
        _choices = await Tickets.ChoicesAsync();
        _refresh = new CoalescedRefresh(() => InvokeAsync(async () =>
        {
            await LoadAsync();
            StateHasChanged();
        }), LiveWindow);
        _subscription = Bus.Subscribe(OnLiveEventAsync);
    }

    protected override async Task OnParametersSetAsync()
    {
        if (Guid.TryParse(Key, out var id))
        {
            await RedirectByIdAsync(id);
            return;
        }

        if (Number == _loadedNumber && (_ticket is not null || _notFound))
        {
            return;
        }

        (_loadedNumber, _ticket, _notFound, _messagePages) = (Number, null, false, 1);
        await LoadAsync();
    }

    private async Task RedirectByIdAsync(Guid id)
    {
        try
        {
            Navigation.NavigateTo($"/tickets/{await Tickets.NumberOfAsync(id)}", replace: true);
        }
        catch (NotFoundException)
        {
            _notFound = true;
        }
    }

    private async Task LoadAsync()
    {
        try
        {
            _ticket = await Tickets.GetAsync(Number);
            var pages = await Task.WhenAll(Enumerable.Range(0, _messagePages)
                .Select(p => Tickets.ConversationAsync(_ticket.Id, p, MessagesPerPage)));
            _messages = [.. pages.SelectMany(p => p.Items)];
            _messageTotal = pages.Length > 0 ? pages[^1].TotalCount : 0;
            _files = TicketFiles.ByMessage(await AttachmentService.ListAsync(new RecordLink(RecordKind.Ticket, _ticket.Id)));
        }
        catch (NotFoundException)
        {
            (_ticket, _notFound) = (null, true);
        }
    }

    private async Task OnMoreClickedAsync()
    {
        _messagePages++;
        await LoadAsync();
    }

    private async Task<bool> OnSendAsync(
        TicketMessageKind kind, string body, IReadOnlyList<Infrastructure.Attachments.StagedAttachment> files)
    {
        var id = _ticket!.Id;
        _composerError = null;

        var saved = kind == TicketMessageKind.InternalNote
            ? await ChangeAsync(version => Tickets.AddNoteAsync(id, version, body, files), "Ticket.Noted")
            : await ChangeAsync(version => Tickets.ReplyAsync(id, version, body, files), "Ticket.Replied");

        // The composer raised this through a plain delegate, so only it re-renders by itself.
        StateHasChanged();

        return saved;
    }

    private Task OnTakeClickedAsync() => ChangeAsync(v => Tickets.TakeAsync(_ticket!.Id, v), "Ticket.Taken");

    private Task OnStatusChangedAsync(TicketStatus status) =>
        ChangeAsync(v => Tickets.ChangeStatusAsync(_ticket!.Id, v, status), "Ticket.Saved");

    private Task OnPriorityChangedAsync(TicketPriority priority) =>
        ChangeAsync(v => Tickets.ChangePriorityAsync(_ticket!.Id, v, priority), "Ticket.Saved");

    private Task OnQueueChangedAsync(Guid queueId) =>
        ChangeAsync(v => Tickets.MoveToQueueAsync(_ticket!.Id, v, queueId), "Ticket.Saved");

    private Task OnAssigneeChangedAsync(Guid? assigneeId) =>
        ChangeAsync(v => Tickets.AssignAsync(_ticket!.Id, v, assigneeId), "Ticket.Saved");

    private Task OnTagsChangedAsync(IReadOnlyList<string> tags) =>
        ChangeAsync(v => Tickets.SetTagsAsync(_ticket!.Id, v, tags), "Ticket.Saved");

    private void OnConflictClosed() => _conflict = false;

    private void OnTypingChanged(bool typing) => _replying = typing;

    // Runs one change on the version shown; a refusal is explained and the page shows the latest.
    private async Task<bool> ChangeAsync(Func<int, Task> change, string doneKey)
    {
        if (_ticket is null || _busy)
        {
            return false;
        }

        var saved = false;
        (_busy, _conflict) = (true, false);
        try
        {
            await change(_ticket.Version);
            Snackbar.Add(Text[doneKey], Severity.Success);
            saved = true;
        }
        catch (Exception ex) when (Explain(ex))
        {
        }
        finally
        {
            _busy = false;
        }

        await LoadAsync();

        return saved;
    }

    private bool Explain(Exception error)
    {
        switch (error)
        {
            case ConcurrencyConflictException:
                _conflict = true;
                return true;
            case DomainException { Field: "Attachments" } refused:
                _composerError = Crm.Web.Attachments.AttachmentRefusal.For(
                    "", refused, AttachmentService.Limits, AttachmentText).Message;
                return true;
            case DomainException { Field: "Body" } domain:
                _composerError = Message(domain);
                return true;
            case DomainException domain:
                Snackbar.Add(Message(domain), Severity.Warning);
                return true;
            case ForbiddenException:
                Snackbar.Add(Text["Error.Forbidden"], Severity.Warning);
                return true;
            case NotFoundException:
                Snackbar.Add(Text["Error.TicketGone"], Severity.Warning);
                return true;
            default:
                return false;
        }
    }

    private string Message(DomainException error) =>
        Text[$"Error.{error.Code}"] is { ResourceNotFound: false } known ? known.Value : Text["Error.invalid"].Value;

    private ValueTask OnLiveEventAsync(IDomainEvent domainEvent, CancellationToken cancellationToken)
    {
        if (_ticket is { } shown && TicketLive.IsNewerFor(domainEvent, shown.Id, shown.Version))
        {
            _refresh?.Request();
        }

        return ValueTask.CompletedTask;
    }
}
