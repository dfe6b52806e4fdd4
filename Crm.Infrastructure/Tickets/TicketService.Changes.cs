using Crm.Domain.Tickets;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Notifications;
using Crm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Tickets;

// Changes to existing tickets: each loads the ticket the user may work, checks the version they
// loaded, applies one named change and saves it with its history rows, events and notices.
internal sealed partial class TicketService
{
    public Task ReplyAsync(Guid id, int expectedVersion, string body, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, expectedVersion, "reply", (ticket, session) =>
        {
            ticket.Reply(session.Actor.UserId, body, Now);
            return Task.CompletedTask;
        }, cancellationToken);

    public Task AddNoteAsync(
        Guid id, int expectedVersion, string body, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, expectedVersion, "note", (ticket, session) =>
        {
            ticket.AddNote(session.Actor.UserId, body, Now);
            return Task.CompletedTask;
        }, cancellationToken);

    public Task ChangeStatusAsync(
        Guid id, int expectedVersion, TicketStatus status, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, expectedVersion, $"status {status}", (ticket, session) =>
        {
            ticket.ChangeStatus(status, session.Actor.UserId, Now);
            return Task.CompletedTask;
        }, cancellationToken);

    public Task ChangePriorityAsync(
        Guid id, int expectedVersion, TicketPriority priority, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, expectedVersion, $"priority {priority}", (ticket, _) =>
        {
            ticket.ChangePriority(priority, Now);
            return Task.CompletedTask;
        }, cancellationToken);

    public Task MoveToQueueAsync(
        Guid id, int expectedVersion, Guid queueId, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, expectedVersion, "queue", async (ticket, session) =>
        {
            var queue = await QueueForAsync(session.Db, session.Access, queueId, cancellationToken);
            ticket.MoveToQueue(queue.Id, queue.TeamId, session.Actor.UserId, Now);
        }, cancellationToken);

    public Task SetTagsAsync(
        Guid id, int expectedVersion, IReadOnlyList<string> tags, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, expectedVersion, "tags", (ticket, _) =>
        {
            ticket.SetTags(tags, Now);
            return Task.CompletedTask;
        }, cancellationToken);

    public Task AssignAsync(
        Guid id, int expectedVersion, Guid? assigneeId, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, expectedVersion, "assigned", (ticket, session) =>
            AssignAsync(ticket, session, assigneeId, cancellationToken), cancellationToken);

    public Task TakeAsync(Guid id, int expectedVersion, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, expectedVersion, "taken", (ticket, session) =>
            AssignAsync(ticket, session, session.Actor.UserId, cancellationToken), cancellationToken);

    private async Task AssignAsync(
        Ticket ticket, TicketSession session, Guid? assigneeId, CancellationToken cancellationToken)
    {
        if (assigneeId is { } newAssignee)
        {
            await EnsureAssignableAsync(session.Db, ticket.TeamId, newAssignee, cancellationToken);
        }

        var previous = ticket.AssigneeId;
        if (previous == assigneeId)
        {
            return;
        }

        ticket.AssignTo(assigneeId, session.Actor.UserId, Now);
        if (assigneeId is { } recipient)
        {
            notifications.Add(session.Db, NotificationDraft.TicketAssigned(
                recipient, ticket.Id, TicketIntake.Label(ticket), session.Actor.UserId));
        }

        TicketsLog.Assigned(logger, ticket.Id, previous, assigneeId, session.Actor.UserId);
    }

    private async Task ChangeAsync(
        Guid id, int expectedVersion, string change, Func<Ticket, TicketSession, Task> apply,
        CancellationToken cancellationToken)
    {
        await using var session = await OpenAsync(cancellationToken);
        var ticket = await visibility.Tickets(session.Db, session.Access)
            .SingleOrDefaultAsync(t => t.Id == id, cancellationToken) ?? throw new NotFoundException(RecordType, id);
        if (!session.Access.CanChange(ticket.TeamId, ticket.AssigneeId))
        {
            TicketsLog.ReadOnlyRefused(logger, session.Actor.UserId, id);
            throw new ForbiddenException("You can read this ticket but not change it.");
        }

        session.Db.ExpectVersion(ticket, expectedVersion);
        await apply(ticket, session);
        await session.Db.SaveCheckedAsync(RecordType, id, cancellationToken);
        TicketsLog.Changed(logger, id, change);
    }
}
