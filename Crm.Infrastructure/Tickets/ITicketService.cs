using Crm.Domain.Common;
using Crm.Domain.Tickets;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Visibility;

namespace Crm.Infrastructure.Tickets;

/// <summary>
/// Tickets as the signed-in user may see and work them (see <see cref="TicketAccess"/>). A ticket
/// outside the user's visibility is <see cref="NotFoundException"/>; changing one the user may
/// only read (sales roles) is <see cref="ForbiddenException"/>. Changes take the version the user
/// loaded and raise <see cref="ConcurrencyConflictException"/> when someone saved in between; a
/// broken rule raises <see cref="DomainException"/> naming the field. Nothing is saved then.
/// Every change writes its status history and conversation rows in the same save.
/// </summary>
public interface ITicketService
{
    /// <summary>One page of visible tickets; filters, sort and paging run in the database (page size 1..200).</summary>
    Task<Page<TicketRow>> SearchAsync(TicketQuery query, CancellationToken cancellationToken = default);

    /// <summary>The ticket with that number, without its conversation.</summary>
    Task<TicketView> GetAsync(int number, CancellationToken cancellationToken = default);

    /// <summary>The number of the ticket with that id (links by id resolve to the numbered page).</summary>
    Task<int> NumberOfAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>
    /// One page of the conversation, oldest first (page 0 is the start). Internal notes are left
    /// out for those who only read the ticket.
    /// </summary>
    Task<Page<TicketMessageRow>> ConversationAsync(
        Guid id, int page, int pageSize, CancellationToken cancellationToken = default);

    /// <summary>The complete status history, oldest first; what the SLA clock is computed from.</summary>
    Task<IReadOnlyList<TicketStatusRow>> HistoryAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>
    /// Opens a ticket in a queue the user may file in (support roles: their teams' queues; admins
    /// any). Without an assignee the assignment rules route it in the same transaction; if
    /// nobody qualifies it waits in the queue and the team's lead is notified.
    /// </summary>
    Task<NewTicket> CreateAsync(TicketInput input, CancellationToken cancellationToken = default);

    /// <summary>A public reply to the customer; the first one sets FirstRespondedAt and opens a new ticket.</summary>
    Task ReplyAsync(Guid id, int expectedVersion, string body, CancellationToken cancellationToken = default);

    /// <summary>An internal note for colleagues.</summary>
    Task AddNoteAsync(Guid id, int expectedVersion, string body, CancellationToken cancellationToken = default);

    /// <summary>
    /// A public reply carrying staged files, kept with the reply in the same save (refusals are
    /// <see cref="DomainException"/>s with field "Attachments"; then nothing is saved). The
    /// reply is mailed to the customer after the commit.
    /// </summary>
    Task ReplyAsync(
        Guid id, int expectedVersion, string body, IReadOnlyList<Attachments.StagedAttachment> files,
        CancellationToken cancellationToken = default);

    /// <summary>An internal note carrying staged files, kept with the note in the same save.</summary>
    Task AddNoteAsync(
        Guid id, int expectedVersion, string body, IReadOnlyList<Attachments.StagedAttachment> files,
        CancellationToken cancellationToken = default);

    /// <summary>Moves the status (see <see cref="TicketStatusRules"/>; "Status.from-…" when not allowed).</summary>
    Task ChangeStatusAsync(
        Guid id, int expectedVersion, TicketStatus status, CancellationToken cancellationToken = default);

    Task ChangePriorityAsync(
        Guid id, int expectedVersion, TicketPriority priority, CancellationToken cancellationToken = default);

    /// <summary>
    /// Moves the ticket to an active queue the user may file in; another team's queue clears the assignee.
    /// </summary>
    Task MoveToQueueAsync(Guid id, int expectedVersion, Guid queueId, CancellationToken cancellationToken = default);

    /// <summary>Replaces the tags (normalized; "Tags.limit" past the limits).</summary>
    Task SetTagsAsync(
        Guid id, int expectedVersion, IReadOnlyList<string> tags, CancellationToken cancellationToken = default);

    /// <summary>
    /// Gives the ticket to an active agent of its team (null: back to the queue); "Assignee.invalid"
    /// otherwise. The new assignee is notified unless they did it themselves.
    /// </summary>
    Task AssignAsync(Guid id, int expectedVersion, Guid? assigneeId, CancellationToken cancellationToken = default);

    /// <summary>"Assign to me".</summary>
    Task TakeAsync(Guid id, int expectedVersion, CancellationToken cancellationToken = default);

    /// <summary>The caller's rights, the queues they may file in and the agents they may assign to.</summary>
    Task<TicketChoices> ChoicesAsync(CancellationToken cancellationToken = default);
}
