using Crm.Domain.Customers;

namespace Crm.Domain.Analytics.Sales;

/// <summary>
/// What a sales figure looks at: a <see cref="Period"/> of days in the organisation's
/// <see cref="Zone"/> and optional narrowing by pipeline, team, rep, region and industry. Which
/// date of an opportunity falls in the period depends on the figure (docs/metrics.md).
/// </summary>
public sealed record SalesFilter(DateRange Period, TimeZoneInfo Zone)
{
    public Guid? PipelineId { get; init; }

    public Guid? TeamId { get; init; }

    public Guid? OwnerId { get; init; }

    public string? Region { get; init; }

    public Industry? Industry { get; init; }

    /// <summary>Whether the fact passes the narrowing (everything but the period).</summary>
    public bool Matches(OpportunityFact fact) =>
        (PipelineId is not { } pipeline || fact.PipelineId == pipeline)
        && (TeamId is not { } team || fact.TeamId == team)
        && (OwnerId is not { } owner || fact.OwnerId == owner)
        && (Region is not { } region || string.Equals(fact.Region, region, StringComparison.OrdinalIgnoreCase))
        && (Industry is not { } industry || fact.Industry == industry);

    /// <summary>Won or lost with the close day in the period.</summary>
    public bool ClosedInPeriod(OpportunityFact fact) =>
        Matches(fact) && fact.ClosedOn is { } closedOn && Period.Contains(closedOn);

    /// <summary>
    /// Open at some moment of the period: created on or before its last day, and still open or
    /// closed on or after its first day.
    /// </summary>
    public bool ActiveInPeriod(OpportunityFact fact) =>
        Matches(fact)
        && DateRange.LocalDay(fact.CreatedAt, Zone) < Period.End
        && (fact.ClosedOn is not { } closedOn || closedOn >= Period.Start);
}
