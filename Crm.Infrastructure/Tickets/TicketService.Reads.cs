using Crm.Domain.Tickets;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Tickets;

// One ticket, its conversation and its history.
internal sealed partial class TicketService
{
    public async Task<TicketView> GetAsync(int number, CancellationToken cancellationToken = default)
    {
        await using var session = await OpenAsync(cancellationToken);
        var db = session.Db;

        var ticket = await visibility.Tickets(db, session.Access).AsNoTracking()
            .SingleOrDefaultAsync(t => t.Number == number, cancellationToken)
            ?? throw new NotFoundException(RecordType, Guid.Empty);
        var queue = await db.TicketQueues.Where(q => q.Id == ticket.QueueId)
            .Select(q => new NamedRef(q.Id, q.Name)).SingleAsync(cancellationToken);
        var canWork = session.Access.CanChange(ticket.TeamId, ticket.AssigneeId);

        return new TicketView(
            ticket.Id, ticket.Version, ticket.Number, ticket.Subject, ticket.Description, ticket.Status,
            ticket.Priority, ticket.Category, ticket.Channel, queue,
            await UserRefAsync(db, ticket.AssigneeId, cancellationToken),
            await db.Accounts.Where(a => a.Id == ticket.AccountId).Select(a => new NamedRef(a.Id, a.Name))
                .FirstOrDefaultAsync(cancellationToken),
            await db.Contacts.Where(c => c.Id == ticket.ContactId).Select(c => new NamedRef(c.Id, c.Name))
                .FirstOrDefaultAsync(cancellationToken),
            ticket.RequesterName, ticket.RequesterEmail, ticket.Tags, ticket.OpportunityId, ticket.Assignment,
            ticket.OpenedAt, ticket.FirstRespondedAt, ticket.ResolvedAt, ticket.ClosedAt,
            ticket.ComplaintHandlingTime, ticket.MessageCount, ticket.FollowUpOfTicketId, canWork,
            canWork ? TicketStatusRules.AllowedFrom(ticket.Status) : [])
        {
            Rating = Satisfaction.TicketRating.Of(ticket),
        };
    }

    public async Task<int> NumberOfAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var session = await OpenAsync(cancellationToken);

        var numbers = await visibility.Tickets(session.Db, session.Access).Where(t => t.Id == id)
            .Select(t => t.Number).ToListAsync(cancellationToken);

        return numbers.Count == 1 ? numbers[0] : throw new NotFoundException(RecordType, id);
    }

    public async Task<Page<TicketMessageRow>> ConversationAsync(
        Guid id, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        await using var session = await OpenAsync(cancellationToken);
        var db = session.Db;
        var ticket = await VisibleAsync(session, id, cancellationToken);

        var messages = db.TicketMessages.Where(m => m.TicketId == id);
        if (!session.Access.CanChange(ticket.TeamId, ticket.AssigneeId))
        {
            messages = messages.Where(m => m.Kind != TicketMessageKind.InternalNote);
        }

        var total = await messages.CountAsync(cancellationToken);
        var size = Math.Clamp(pageSize, 1, 200);
        var rows = await messages.OrderBy(m => m.Sequence).Skip(Math.Max(page, 0) * size).Take(size)
            .Select(m => new TicketMessageRow(
                m.Id, m.Sequence, m.Kind, m.AuthorUserId,
                db.CrmUsers.Where(u => u.Id == m.AuthorUserId).Select(u => u.DisplayName).FirstOrDefault()
                    ?? m.AuthorName ?? m.AuthorEmail ?? "",
                m.AuthorEmail, m.Body, m.At))
            .ToListAsync(cancellationToken);

        return new Page<TicketMessageRow>(rows, total);
    }

    public async Task<IReadOnlyList<TicketStatusRow>> HistoryAsync(
        Guid id, CancellationToken cancellationToken = default)
    {
        await using var session = await OpenAsync(cancellationToken);
        var db = session.Db;
        await VisibleAsync(session, id, cancellationToken);

        return await db.TicketStatusChanges.Where(c => c.TicketId == id).OrderBy(c => c.Sequence)
            .Select(c => new TicketStatusRow(
                c.Sequence, c.FromStatus, c.ToStatus, c.ById,
                db.CrmUsers.Where(u => u.Id == c.ById).Select(u => u.DisplayName).FirstOrDefault(), c.At))
            .ToListAsync(cancellationToken);
    }

    private async Task<Ticket> VisibleAsync(TicketSession session, Guid id, CancellationToken cancellationToken) =>
        await visibility.Tickets(session.Db, session.Access).AsNoTracking()
            .SingleOrDefaultAsync(t => t.Id == id, cancellationToken) ?? throw new NotFoundException(RecordType, id);

    private static async Task<NamedRef?> UserRefAsync(
        CrmDbContext db, Guid? userId, CancellationToken cancellationToken) =>
        userId is null
            ? null
            : await db.CrmUsers.Where(u => u.Id == userId).Select(u => new NamedRef(u.Id, u.DisplayName))
                .FirstOrDefaultAsync(cancellationToken);
}
