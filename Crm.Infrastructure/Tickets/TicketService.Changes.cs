using Crm.Domain.Tickets;
using Crm.Infrastructure.Attachments;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Notifications;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Tickets.Mail;
using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Tickets;

// Changes to existing tickets: each loads the ticket the user may work, checks the version they
// loaded, applies one named change and saves it with its history rows, events and notices.
internal sealed partial class TicketService
{
    public Task ReplyAsync(Guid id, int expectedVersion, string body, CancellationToken cancellationToken = default) =>
        ReplyAsync(id, expectedVersion, body, [], cancellationToken);

    public Task AddNoteAsync(
        Guid id, int expectedVersion, string body, CancellationToken cancellationToken = default) =>
        AddNoteAsync(id, expectedVersion, body, [], cancellationToken);

    // The reply is queued as mail to the customer in the same save and sent after the commit.
    public async Task ReplyAsync(
        Guid id, int expectedVersion, string body, IReadOnlyList<StagedAttachment> files,
        CancellationToken cancellationToken = default)
    {
        await WithFilesAsync(files, keep => ChangeAsync(id, expectedVersion, "reply", async (ticket, session) =>
        {
            var reply = ticket.Reply(session.Actor.UserId, body, Now);
            await keep(session, ticket, reply);
            if (!await mails.ReplyAsync(session.Db, ticket, reply, cancellationToken))
            {
                TicketMailLog.NobodyToMail(logger, ticket.Id, reply.Id);
            }
        }, cancellationToken), cancellationToken);
        mails.Wake();
    }

    public Task AddNoteAsync(
        Guid id, int expectedVersion, string body, IReadOnlyList<StagedAttachment> files,
        CancellationToken cancellationToken = default) =>
        WithFilesAsync(files, keep => ChangeAsync(id, expectedVersion, "note", (ticket, session) =>
            keep(session, ticket, ticket.AddNote(session.Actor.UserId, body, Now)), cancellationToken),
            cancellationToken);

    // Files are moved into place with the message's rows and moved back if the save fails.
    private async Task WithFilesAsync(
        IReadOnlyList<StagedAttachment> staged, Func<Func<TicketSession, Ticket, TicketMessage, Task>, Task> change,
        CancellationToken cancellationToken)
    {
        KeptAttachments? kept = null;
        try
        {
            await change(async (session, ticket, message) =>
            {
                if (staged.Count > 0)
                {
                    kept = await files.KeepAsync(session.Db, session.Actor.UserId,
                        new Domain.Common.RecordLink(Domain.Common.RecordKind.Ticket, ticket.Id), message.Id, staged,
                        cancellationToken);
                }
            });
        }
        catch
        {
            kept?.Undo();
            throw;
        }
    }

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
        await sla.ApplyAsync(session.Db, ticket, cancellationToken);
        var surveyed = await surveys.AfterChangeAsync(session.Db, ticket, cancellationToken);
        await session.Db.SaveCheckedAsync(RecordType, id, cancellationToken);
        TicketsLog.Changed(logger, id, change);
        if (surveyed)
        {
            mails.Wake();
        }
    }
}
