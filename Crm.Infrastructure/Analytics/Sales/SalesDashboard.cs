using Crm.Domain.Analytics.Sales;

namespace Crm.Infrastructure.Analytics.Sales;

/// <summary>
/// Every sales figure for one query, computed from one fact table (<see cref="Sequence"/>), so
/// the figures agree with each other. Amounts are base-currency minor units. <see cref="Choices"/>
/// names the reps and teams and offers the filters' values.
/// </summary>
public sealed record SalesDashboard(
    long Sequence,
    PeriodView Period,
    Guid PipelineId,
    string BaseCurrency,
    IReadOnlyList<FunnelStep> Funnel,
    IReadOnlyList<StageDuration> StageDurations,
    WinFigures Wins,
    IReadOnlyList<LeaderboardEntry> Leaderboard,
    IReadOnlyList<LostReason> LostReasons,
    IReadOnlyCollection<string> MissingRateCurrencies,
    AnalyticsChoices Choices);
