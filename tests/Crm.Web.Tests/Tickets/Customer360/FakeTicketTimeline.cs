using Crm.Domain.Tickets;
using Crm.Infrastructure.Activities;
using Crm.Infrastructure.Tickets.Customer360;

namespace Crm.Web.Tests.Tickets.Customer360;

/// <summary>Serves <see cref="Entries"/> newest first, paged like the real one.</summary>
public sealed class FakeTicketTimeline : ITicketTimeline
{
    public List<TicketTimelineEntry> Entries { get; } = [];

    public List<TicketTimelineQuery> Queries { get; } = [];

    public Task<TicketTimelinePage> PageAsync(TicketTimelineQuery query, CancellationToken cancellationToken = default)
    {
        Queries.Add(query);
        var matching = Entries.OrderByDescending(e => e.At)
            .SkipWhile(e => query.After is { } after && e.Id != after.Id)
            .Skip(query.After is null ? 0 : 1)
            .ToList();
        var page = matching.Take(query.PageSize).ToList();
        var next = matching.Count > page.Count ? new TimelineCursor(page[^1].At, page[^1].Id) : null;

        return Task.FromResult(new TicketTimelinePage(page, next));
    }

    public static TicketTimelineEntry Entry(
        int number, string subject, DateTime at, TicketTimelineEvent kind = TicketTimelineEvent.Opened) =>
        new(Guid.CreateVersion7(), Guid.CreateVersion7(), number, subject, kind, TicketChannel.Email,
            TicketPriority.High, kind == TicketTimelineEvent.Resolved ? TicketStatus.Resolved : TicketStatus.Open,
            kind == TicketTimelineEvent.Resolved ? "许静" : null, at);
}
