namespace Crm.Domain.Forecasting;

/// <summary>
/// The unadjusted forecast figures of a rep, a team or the organisation for one period, in the
/// base currency's minor units. The categories do not overlap: <see cref="Commit"/>,
/// <see cref="BestCase"/> and <see cref="Pipeline"/> are open opportunities only, each in its
/// stage's category; <see cref="ClosedWon"/> is the won ones. <see cref="Unconverted"/> counts
/// the opportunities of the period left out of every amount because no exchange rate applies.
/// </summary>
public sealed record ForecastFigures(
    long ClosedWon, long Commit, long BestCase, long Pipeline, long Weighted, int Unconverted)
{
    public static readonly ForecastFigures Zero = new(0, 0, 0, 0, 0, 0);

    /// <summary>Closed won plus commit: what the system forecasts before any manager's adjustment.</summary>
    public long Unadjusted => ClosedWon + Commit;

    public ForecastFigures Plus(ForecastFigures other) => new(
        ClosedWon + other.ClosedWon, Commit + other.Commit, BestCase + other.BestCase,
        Pipeline + other.Pipeline, Weighted + other.Weighted, Unconverted + other.Unconverted);
}
