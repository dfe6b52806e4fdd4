using System.Collections.Immutable;
using Crm.Domain.Customers;
using Crm.Domain.Pipeline;

namespace Crm.Domain.Analytics;

/// <summary>
/// One opportunity as analytics read it: a compact, immutable row of the in-memory fact table
/// that forecasts, targets and the sales and customer dashboards scan. Deleted opportunities
/// have no fact. <see cref="AmountBase"/> is the amount in the base currency in minor units,
/// converted by the rule of <c>docs/money.md</c> (today's rate while open, the close day's rate
/// once closed); null when no rate applies, and such a fact counts in no money figure.
/// </summary>
public sealed record OpportunityFact
{
    public required Guid Id { get; init; }

    public required int Version { get; init; }

    public required Guid PipelineId { get; init; }

    public required Guid StageId { get; init; }

    public required OpportunityStatus Status { get; init; }

    /// <summary>The forecast category of the stage it is in now.</summary>
    public required ForecastCategory Category { get; init; }

    /// <summary>Effective probability, 0–100: the override, or else the stage's default.</summary>
    public required int Probability { get; init; }

    public required Guid OwnerId { get; init; }

    /// <summary>The owner's team now; null for an owner in no team.</summary>
    public required Guid? TeamId { get; init; }

    public required Guid AccountId { get; init; }

    public required string Region { get; init; }

    public required Industry Industry { get; init; }

    public required AccountTier Tier { get; init; }

    /// <summary>Amount in its own currency, minor units.</summary>
    public required long AmountMinorUnits { get; init; }

    public required string Currency { get; init; }

    /// <summary>Amount in the base currency, minor units; null when no exchange rate applies.</summary>
    public required long? AmountBase { get; init; }

    public required DateOnly ExpectedCloseDate { get; init; }

    /// <summary>The close day (organisation's time zone) once won or lost.</summary>
    public required DateOnly? ClosedOn { get; init; }

    /// <summary>The business moment the opportunity was created (its first stage entry).</summary>
    public required DateTime CreatedAt { get; init; }

    /// <summary>The reason given when it was closed; lost reasons group by it.</summary>
    public required string? CloseReason { get; init; }

    /// <summary>Every stay in a stage, oldest first; the last one is the current stage.</summary>
    public required ImmutableArray<StageVisit> Visits { get; init; }

    public bool IsOpen => Status == OpportunityStatus.Open;

    public bool IsWon => Status == OpportunityStatus.Won;

    /// <summary>
    /// <see cref="AmountBase"/> × <see cref="Probability"/> %, rounded half away from zero to the
    /// minor unit; null when the amount has no base value.
    /// </summary>
    public long? WeightedBase => AmountBase is { } amount
        ? (long)Math.Round(amount * Probability / 100m, MidpointRounding.AwayFromZero)
        : null;
}
