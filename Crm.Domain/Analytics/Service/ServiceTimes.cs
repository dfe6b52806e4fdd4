using Crm.Domain.Tickets;

namespace Crm.Domain.Analytics.Service;

/// <summary>
/// How long customers waited, as median and 90th percentile (<see cref="DurationSummary"/>):
/// first response and resolution in working time on each ticket's SLA calendar, complaint
/// handling in elapsed time.
/// </summary>
public static class ServiceTimes
{
    /// <summary>The first-response times of tickets first answered in the window.</summary>
    public static DurationSummary FirstResponse(IEnumerable<TicketFact> facts, ServiceWindow window) =>
        DurationSummary.Of(facts
            .Where(f => window.Contains(f.FirstRespondedAt) && f.FirstResponseTime is not null)
            .Select(f => f.FirstResponseTime!.Value));

    /// <summary>
    /// The resolution times of tickets whose last resolution falls in the window (a reopened
    /// ticket counts once, up to its last resolution; one unresolved now counts nowhere).
    /// </summary>
    public static DurationSummary Resolution(IEnumerable<TicketFact> facts, ServiceWindow window) =>
        DurationSummary.Of(facts
            .Where(f => window.Contains(f.ResolvedAt) && f.ResolutionTime is not null)
            .Select(f => f.ResolutionTime!.Value));

    /// <summary>
    /// The handling times of complaints resolved in the window: elapsed time from opening to the
    /// last resolution, as <see cref="Ticket.ComplaintHandlingTime"/> measures it.
    /// </summary>
    public static DurationSummary ComplaintHandling(IEnumerable<TicketFact> facts, ServiceWindow window) =>
        DurationSummary.Of(facts
            .Where(f => f.IsComplaint && window.Contains(f.ResolvedAt))
            .Select(f => f.ResolvedAt!.Value - f.OpenedAt));
}
