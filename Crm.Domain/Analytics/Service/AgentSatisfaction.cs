using System.Collections.Immutable;
using Crm.Domain.Tickets;

namespace Crm.Domain.Analytics.Service;

/// <summary>
/// Satisfaction of the tickets of one agent (the ticket's assignee now; null for tickets in a
/// queue), rated in the window by <see cref="TicketFact.RatedAt"/>: how many ratings, their
/// average rounded half away from zero to two decimals, and how many of each rating 1–5
/// (<see cref="Distribution"/>[0] is the count of 1s). A ticket rated again counts once, with
/// its latest rating.
/// </summary>
public sealed record AgentSatisfaction(Guid? AssigneeId, int Count, decimal Average, ImmutableArray<int> Distribution)
{
    /// <summary>One row per agent with a rating, most ratings first, then by id.</summary>
    public static IReadOnlyList<AgentSatisfaction> ByAgent(IEnumerable<TicketFact> facts, ServiceWindow window) =>
        [.. Rated(facts, window)
            .GroupBy(f => f.AssigneeId)
            .Select(g => Of(g.Key, g.Select(f => f.Rating!.Value)))
            .OrderByDescending(a => a.Count)
            .ThenBy(a => a.AssigneeId)];

    /// <summary>Everyone's ratings together (<see cref="AssigneeId"/> null); null without any rating.</summary>
    public static AgentSatisfaction? Overall(IEnumerable<TicketFact> facts, ServiceWindow window)
    {
        var ratings = Rated(facts, window).Select(f => f.Rating!.Value).ToList();

        return ratings.Count == 0 ? null : Of(null, ratings);
    }

    /// <summary>
    /// The tickets behind one part of an agent's bar: rated <paramref name="rating"/> in the window
    /// while <paramref name="assigneeId"/> holds them (null: back in a queue).
    /// </summary>
    public static IEnumerable<TicketFact> RatedFor(
        IEnumerable<TicketFact> facts, ServiceWindow window, Guid? assigneeId, int rating) =>
        Rated(facts, window).Where(f => f.AssigneeId == assigneeId && f.Rating == rating);

    private static IEnumerable<TicketFact> Rated(IEnumerable<TicketFact> facts, ServiceWindow window) =>
        facts.Where(f => f.Rating is not null && window.Contains(f.RatedAt));

    private static AgentSatisfaction Of(Guid? assigneeId, IEnumerable<int> ratings)
    {
        var list = ratings.ToList();
        var distribution = Enumerable.Range(Ticket.MinRating, Ticket.MaxRating - Ticket.MinRating + 1)
            .Select(r => list.Count(x => x == r));
        var average = Math.Round((decimal)list.Sum() / list.Count, 2, MidpointRounding.AwayFromZero);

        return new AgentSatisfaction(assigneeId, list.Count, average, [.. distribution]);
    }
}
