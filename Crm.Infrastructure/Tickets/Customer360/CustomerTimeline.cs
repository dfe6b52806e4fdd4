using Crm.Infrastructure.Activities;

namespace Crm.Infrastructure.Tickets.Customer360;

/// <summary>
/// Merges a page of activities and a page of ticket entries, both read after where each source
/// stopped. Whatever a page takes from a source is a prefix of that source's page, so the
/// source's next page starts right after it: nothing is skipped or repeated, and every entry
/// of a later page is not newer than any entry of an earlier one.
/// </summary>
public sealed class CustomerTimeline(IActivityService activities, ITicketTimeline tickets) : ICustomerTimeline
{
    private const int MaxPageSize = 200;

    public async Task<CustomerTimelinePage> PageAsync(
        CustomerTimelineQuery query, CancellationToken cancellationToken = default)
    {
        var size = Math.Clamp(query.PageSize, 1, MaxPageSize);
        var at = query.After ?? new CustomerTimelineCursor(
            query.ShowsActivities ? SourceCursor.Start : null, query.ShowsTickets ? SourceCursor.Start : null);

        var fromActivities = at.Activities is { } activityCursor
            ? await activities.TimelineAsync(
                new TimelineQuery(query.AccountId, query.ContactId, query.Kinds, activityCursor.After, size,
                    query.Related), cancellationToken)
            : new TimelinePage([], null);
        var fromTickets = at.Tickets is { } ticketCursor
            ? await tickets.PageAsync(
                new TicketTimelineQuery(query.AccountId, query.ContactId, query.Related, ticketCursor.After, size),
                cancellationToken)
            : new TicketTimelinePage([], null);

        return Merge(fromActivities, fromTickets, at, size);
    }

    private static CustomerTimelinePage Merge(
        TimelinePage activities, TicketTimelinePage tickets, CustomerTimelineCursor at, int size)
    {
        var items = new List<CustomerTimelineItem>(size);
        var (a, t) = (0, 0);
        while (items.Count < size && (a < activities.Items.Count || t < tickets.Items.Count))
        {
            var takeActivity = t >= tickets.Items.Count
                || (a < activities.Items.Count && activities.Items[a].OccurredAt >= tickets.Items[t].At);
            items.Add(takeActivity
                ? new CustomerTimelineItem(activities.Items[a++], null)
                : new CustomerTimelineItem(null, tickets.Items[t++]));
        }

        var next = new CustomerTimelineCursor(
            Advance(at.Activities, a, activities.Items.Count, activities.Next,
                i => new TimelineCursor(activities.Items[i].OccurredAt, activities.Items[i].Id)),
            Advance(at.Tickets, t, tickets.Items.Count, tickets.Next,
                i => new TimelineCursor(tickets.Items[i].At, tickets.Items[i].Id)));

        return new CustomerTimelinePage(items, next.Activities is null && next.Tickets is null ? null : next);
    }

    // A source that gave all it had and has nothing older is done; otherwise it continues after
    // the last entry it gave (or where it was, if it gave none).
    private static SourceCursor? Advance(
        SourceCursor? cursor, int taken, int read, TimelineCursor? more, Func<int, TimelineCursor> keyOf)
    {
        if (cursor is null || (taken == read && more is null))
        {
            return null;
        }

        return taken == 0 ? cursor : new SourceCursor(keyOf(taken - 1));
    }
}
