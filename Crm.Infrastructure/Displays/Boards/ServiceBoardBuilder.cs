using System.Collections.Immutable;
using Crm.Domain.Analytics;
using Crm.Domain.Sla;
using Crm.Domain.Tickets;
using Crm.Infrastructure.Tickets;
using Crm.Infrastructure.Tickets.Workspace;

namespace Crm.Infrastructure.Displays.Boards;

/// <summary>
/// Works out one state of a service board in memory, from what the shared stores hold: the
/// team's open ticket rows, its members and the ticket facts of the organisation's day. With a
/// queue in the scope, every ticket figure (agents' open tickets included) counts only that
/// queue's tickets; the agents are still the team's.
/// </summary>
internal static class ServiceBoardBuilder
{
    /// <summary>The most at-risk tickets a board lists.</summary>
    public const int AtRiskLimit = 12;

    private static readonly List<TicketStatus> StatusFlow = [.. WorkspaceView.BoardStatuses];

    public static ServiceBoard Build(
        ServiceBoardScope scope, IEnumerable<TicketRow> open, IReadOnlyList<ServiceAgent> agents,
        IEnumerable<TicketFact> teamToday, ServiceDay day, DateTime now)
    {
        var rows = open.Where(r => In(scope, r.QueueId) && TicketStatusRules.IsOpen(r.Status)).ToList();
        var facts = teamToday.Where(f => f.TeamId == scope.TeamId && In(scope, f.QueueId)).ToList();

        return new ServiceBoard(
            scope, Queue(rows), AtRisk(rows), Agents(agents, rows), Today(facts, day),
            Satisfaction(facts, day), now);
    }

    /// <summary>Whether two states show the same figures (when they were built aside).</summary>
    public static bool SameFigures(ServiceBoard a, ServiceBoard b) =>
        a.Scope == b.Scope && a.Queue.SequenceEqual(b.Queue) && a.AtRisk.SequenceEqual(b.AtRisk)
        && a.Agents.SequenceEqual(b.Agents) && a.Today == b.Today && a.Satisfaction == b.Satisfaction;

    private static bool In(ServiceBoardScope scope, Guid queueId) =>
        scope.QueueId is not { } only || only == queueId;

    private static ImmutableArray<QueueCell> Queue(List<TicketRow> rows) =>
    [
        .. rows.GroupBy(r => (r.Status, r.Priority))
            .Select(g => new QueueCell(g.Key.Status, g.Key.Priority, g.Count()))
            .OrderBy(c => StatusOrder(c.Status)).ThenByDescending(c => c.Priority),
    ];

    private static int StatusOrder(TicketStatus status)
    {
        var index = StatusFlow.IndexOf(status);

        return index < 0 ? int.MaxValue : index;
    }

    private static ImmutableArray<SlaTicket> AtRisk(List<TicketRow> rows) =>
    [
        .. rows.Select(AtRiskOf).OfType<SlaTicket>()
            .OrderByDescending(t => t.Breached).ThenBy(t => t.DueAt).ThenBy(t => t.Number)
            .Take(AtRiskLimit),
    ];

    // Of the clocks the ticket still waits on that are at risk or breached (the first response
    // only while nobody answered), the one due soonest; null when none is.
    private static SlaTicket? AtRiskOf(TicketRow row)
    {
        var sla = row.Sla;
        var clocks = new List<(SlaGoal Goal, SlaState State, DateTime DueAt)>();
        var waiting = row.FirstRespondedAt is null;
        if (waiting && Pressing(sla.FirstResponseState) && sla.FirstResponseDueAt is { } first)
        {
            clocks.Add((SlaGoal.FirstResponse, sla.FirstResponseState!.Value, first));
        }

        if (Pressing(sla.ResolutionState) && sla.ResolutionDueAt is { } resolution)
        {
            clocks.Add((SlaGoal.Resolution, sla.ResolutionState!.Value, resolution));
        }

        if (clocks.Count == 0)
        {
            return null;
        }

        var (goal, state, dueAt) = clocks.MinBy(c => c.DueAt);

        return new SlaTicket(
            row.Id, row.Number, row.Subject, row.Priority, row.AssigneeName, goal, dueAt,
            state == SlaState.Breached);
    }

    private static bool Pressing(SlaState? state) => state is SlaState.AtRisk or SlaState.Breached;

    private static ImmutableArray<AgentOnDuty> Agents(
        IReadOnlyList<ServiceAgent> agents, List<TicketRow> rows)
    {
        var held = rows.Where(r => r.AssigneeId is not null).GroupBy(r => r.AssigneeId!.Value)
            .ToDictionary(g => g.Key, g => g.Count());

        return
        [
            .. agents.Select(a =>
                new AgentOnDuty(a.UserId, a.Name, a.Availability, held.GetValueOrDefault(a.UserId))),
        ];
    }

    private static ServiceToday Today(List<TicketFact> facts, ServiceDay day) =>
        new(facts.Count(f => day.Contains(f.OpenedAt)), facts.Count(f => day.Contains(f.ResolvedAt)));

    private static SatisfactionToday Satisfaction(List<TicketFact> facts, ServiceDay day)
    {
        var ratings = facts.Where(f => day.Contains(f.RatedAt)).Select(f => f.Rating).OfType<int>()
            .ToList();
        decimal? average = ratings.Count == 0
            ? null
            : Math.Round((decimal)ratings.Sum() / ratings.Count, 2);

        return new SatisfactionToday(ratings.Count, average, ratings.Count(r => r >= 4));
    }
}
