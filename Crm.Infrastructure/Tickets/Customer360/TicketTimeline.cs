using Crm.Domain.Common;
using Crm.Domain.Tickets;
using Crm.Infrastructure.Activities;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Visibility;
using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Tickets.Customer360;

internal sealed class TicketTimeline(
    IDbContextFactory<CrmDbContext> contexts, ICurrentUser currentUser, ITicketVisibility tickets,
    ICustomerVisibility customers)
    : ITicketTimeline
{
    private const int MaxPageSize = 200;

    public async Task<TicketTimelinePage> PageAsync(
        TicketTimelineQuery query, CancellationToken cancellationToken = default)
    {
        await using var session = await TicketSession.OpenAsync(contexts, currentUser, tickets, cancellationToken);
        var db = session.Db;
        await EnsureCustomerVisibleAsync(session, query, cancellationToken);

        var changes = Entries(db, Tickets(session, query));
        if (query.After is { } after)
        {
            changes = changes.Where(c => c.At < after.OccurredAt
                || (c.At == after.OccurredAt && c.Id.CompareTo(after.Id) < 0));
        }

        var pageSize = Math.Clamp(query.PageSize, 1, MaxPageSize);
        var items = await Project(db, changes.OrderByDescending(c => c.At).ThenByDescending(c => c.Id))
            .Take(pageSize + 1).ToListAsync(cancellationToken);
        if (items.Count <= pageSize)
        {
            return new TicketTimelinePage(items, null);
        }

        var last = items[pageSize - 1];

        return new TicketTimelinePage(items[..pageSize], new TimelineCursor(last.At, last.Id));
    }

    private IQueryable<Ticket> Tickets(TicketSession session, TicketTimelineQuery query)
    {
        var visible = tickets.Tickets(session.Db, session.Access).Where(t => t.AccountId == query.AccountId);
        if (query.ContactId is { } contactId)
        {
            visible = visible.Where(t => t.ContactId == contactId);
        }

        return query.Related switch
        {
            null => visible,
            { Kind: RecordKind.Opportunity, Id: var opportunityId } =>
                visible.Where(t => t.OpportunityId == opportunityId),
            _ => visible.Where(_ => false),
        };
    }

    // The opening (the first history row) and every move to Resolved.
    private static IQueryable<TicketStatusChange> Entries(CrmDbContext db, IQueryable<Ticket> visible) =>
        db.TicketStatusChanges.Where(c => (c.Sequence == 1 || c.ToStatus == TicketStatus.Resolved)
            && visible.Any(t => t.Id == c.TicketId));

    private static IQueryable<TicketTimelineEntry> Project(CrmDbContext db, IQueryable<TicketStatusChange> changes) =>
        from c in changes
        join t in db.Tickets on c.TicketId equals t.Id
        select new TicketTimelineEntry(
            c.Id, t.Id, t.Number, t.Subject,
            c.Sequence == 1 ? TicketTimelineEvent.Opened : TicketTimelineEvent.Resolved,
            t.Channel, t.Priority, t.Status,
            db.CrmUsers.Where(u => u.Id == c.ById).Select(u => u.DisplayName).FirstOrDefault(),
            c.At);

    private async Task EnsureCustomerVisibleAsync(
        TicketSession session, TicketTimelineQuery query, CancellationToken cancellationToken)
    {
        var db = session.Db;
        var access = await customers.AccessForAsync(session.Actor, db, cancellationToken);
        if (!await customers.Accounts(db, access).AnyAsync(a => a.Id == query.AccountId, cancellationToken))
        {
            throw new NotFoundException("Account", query.AccountId);
        }

        if (query.ContactId is { } contactId
            && !await customers.Contacts(db, access).AnyAsync(c => c.Id == contactId, cancellationToken))
        {
            throw new NotFoundException("Contact", contactId);
        }
    }
}
