using Crm.Domain.Forecasting;

namespace Crm.Infrastructure.Forecasting;

/// <summary>
/// "Forecast over time" (<c>docs/metrics.md, "Forecast over time"</c>): for one period and one scope
/// of the forecast page (the organisation as the reader sees it, a team or a rep), a point per day
/// that has a snapshot and a live point for now, unadjusted, with the scope's won-amount target.
/// The same readers and the same visibility as <see cref="IForecastService"/>.
/// </summary>
public interface IForecastTrendService
{
    /// <summary>
    /// The trend of <paramref name="periodKey"/> for <paramref name="scope"/> (kind and id; the id
    /// is ignored for the organisation; a team scope with a null id is the reps in no team).
    /// Throws <see cref="Domain.Common.DomainException"/> <c>PeriodKey.invalid</c> for a key that
    /// names no period, <see cref="Common.NotFoundException"/> for a rep the reader does not see or a
    /// team that does not exist, and <see cref="Common.ForbiddenException"/> for roles that do not
    /// see the forecast.
    /// </summary>
    Task<ForecastTrendView> GetAsync(
        string periodKey, ForecastTrendScope scope, CancellationToken cancellationToken = default);
}

/// <summary>Whose line the trend draws: <see cref="ForecastSubjectKind"/> and, for a team or a rep, its id.</summary>
public sealed record ForecastTrendScope(ForecastSubjectKind Kind, Guid? Id)
{
    public static readonly ForecastTrendScope Organization = new(ForecastSubjectKind.Organization, null);
}

/// <summary>
/// The points of one period and scope, oldest first and the live one last, in
/// <see cref="BaseCurrency"/> minor units. <see cref="Target"/> is the scope's won-amount target
/// (null when none applies); <see cref="Snapshots"/> is how many snapshot days there are (none:
/// only the live point, and the page says that snapshots come weekly and on demand).
/// </summary>
public sealed record ForecastTrendView(
    FiscalPeriod Period, string BaseCurrency, long? Target, int Snapshots, IReadOnlyList<ForecastTrendPoint> Points);
