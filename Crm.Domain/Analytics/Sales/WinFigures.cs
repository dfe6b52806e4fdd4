namespace Crm.Domain.Analytics.Sales;

/// <summary>
/// What closed in the period and what it says about the pipeline. Null where the figure is
/// undefined (no closed opportunity, no won amount, a zero-day cycle).
/// </summary>
public sealed record WinFigures(
    int Won,
    int Lost,
    decimal? WinRate,
    long WonAmountBase,
    long? AverageWonBase,
    decimal? CycleDays,
    int OpenCount,
    long? VelocityPerDay);
