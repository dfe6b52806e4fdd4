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

        var pageSize = Math.Clamp(query.PageSize, 1, MaxPageSize);
        var items = await Entries(db, Tickets(session, query), query.After)
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

    // The opening (the first history row) and every move to Resolved, newest first after the
    // cursor. Driven from the tickets (the account's index), each joined to its history rows by
    // the ticket's index there; one query, so the order is the database's on every provider.
    internal static IQueryable<TicketTimelineEntry> Entries(
        CrmDbContext db, IQueryable<Ticket> visible, TimelineCursor? after)
    {
        var (at, id, all) = after is { } cursor ? (cursor.OccurredAt, cursor.Id, false) : (default, default, true);

        return from t in visible
            join c in db.TicketStatusChanges on t.Id equals c.TicketId
            where (c.Sequence == 1 || c.ToStatus == TicketStatus.Resolved)
                && (all || c.At < at || (c.At == at && c.Id.CompareTo(id) < 0))
            orderby c.At descending, c.Id descending
            select new TicketTimelineEntry(
                c.Id, t.Id, t.Number, t.Subject,
                c.Sequence == 1 ? TicketTimelineEvent.Opened : TicketTimelineEvent.Resolved,
                t.Channel, t.Priority, t.Status,
                db.CrmUsers.Where(u => u.Id == c.ById).Select(u => u.DisplayName).FirstOrDefault(),
                c.At);
    }

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
