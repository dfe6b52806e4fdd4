namespace Crm.Domain.Forecasting;

/// <summary>Whom a forecast line or an adjustment is about.</summary>
public enum ForecastSubjectKind
{
    Rep = 1,
    Team = 2,
    Organization = 3,
}

/// <summary>
/// One row of the forecast: the figures, the adjustment made on this row itself
/// (<see cref="OwnAdjustment"/>) and the adjustments it carries in all (its own plus, for a team
/// or the organisation, those of the rows below it). <see cref="Forecast"/> is always closed won
/// + commit + <see cref="Adjustment"/>. <see cref="SubjectId"/> is null for the organisation and
/// for the group of reps in no team.
/// </summary>
public sealed record ForecastLine(
    ForecastSubjectKind Kind, Guid? SubjectId, ForecastFigures Figures, long OwnAdjustment, long Adjustment)
{
    public long Forecast => Figures.Unadjusted + Adjustment;
}

/// <summary>A team's subtotal line and the lines of its reps, ordered by rep id.</summary>
public sealed record TeamForecast(ForecastLine Line, IReadOnlyList<ForecastLine> Reps)
{
    public Guid? TeamId => Line.SubjectId;
}

/// <summary>An opportunity of the period with no amount in the base currency (no exchange rate).</summary>
public sealed record UnconvertedOpportunity(Guid OpportunityId, Guid OwnerId, string Currency);

/// <summary>
/// The forecast of one period over the opportunities given: every team (the reps in no team as
/// one group with a null id, last), the organisation total, and the opportunities left out for
/// want of an exchange rate.
/// </summary>
public sealed record ForecastResult(
    FiscalPeriod Period,
    ForecastLine Organization,
    IReadOnlyList<TeamForecast> Teams,
    IReadOnlyList<UnconvertedOpportunity> Unconverted)
{
    /// <summary>The currencies that lack a rate, in order, for the page to name.</summary>
    public IReadOnlyList<string> MissingRateCurrencies =>
        Unconverted.Select(u => u.Currency).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
}
