using Crm.Domain.Forecasting;
using Crm.Domain.Tickets;

namespace Crm.Infrastructure.Analytics.Service;

/// <summary>
/// What the service dashboard shows: a fiscal month or quarter (by key, or the current one of
/// <see cref="Kind"/>) and optional narrowing by queue, agent, channel and priority.
/// </summary>
public sealed record ServiceQuery
{
    public string? PeriodKey { get; init; }

    public PeriodKind Kind { get; init; } = PeriodKind.Month;

    public Guid? QueueId { get; init; }

    public Guid? AssigneeId { get; init; }

    public TicketChannel? Channel { get; init; }

    public TicketPriority? Priority { get; init; }
}
