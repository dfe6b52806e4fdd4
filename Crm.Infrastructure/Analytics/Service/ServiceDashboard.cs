using Crm.Domain.Analytics.Service;
using Crm.Domain.Tickets;

namespace Crm.Infrastructure.Analytics.Service;

/// <summary>
/// Every service figure for one query, computed from one ticket fact table
/// (<see cref="Sequence"/>). <see cref="Queues"/> and <see cref="Agents"/> name the queues and
/// agents of the tickets the user sees and offer them as filters.
/// </summary>
public sealed record ServiceDashboard(
    long Sequence,
    PeriodView Period,
    IReadOnlyList<(TicketChannel Channel, int Count)> ByChannel,
    IReadOnlyList<(TicketCategory Category, int Count)> ByCategory,
    HourOfWeek HeatMap,
    DurationSummary FirstResponse,
    DurationSummary Resolution,
    DurationSummary ComplaintHandling,
    SlaAttainment Sla,
    IReadOnlyList<(DateOnly Day, int Open)> Backlog,
    IReadOnlyList<AgentSatisfaction> Satisfaction,
    AgentSatisfaction? OverallSatisfaction,
    IReadOnlyList<AnalyticsChoice> Queues,
    IReadOnlyList<AnalyticsChoice> Agents)
{
    /// <summary>The agent's name; empty for tickets waiting in a queue.</summary>
    public string AgentName(Guid? assigneeId) =>
        assigneeId is { } id ? Agents.FirstOrDefault(a => a.Id == id)?.Name ?? "" : "";
}
