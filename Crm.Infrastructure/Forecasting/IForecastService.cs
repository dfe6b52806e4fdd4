using Crm.Domain.Forecasting;

namespace Crm.Infrastructure.Forecasting;

/// <summary>
/// The forecast (<c>docs/metrics.md, "Forecast"</c>): figures from the opportunity fact table under
/// the caller's visibility, managers' adjustments with their history, and snapshots. Sales reps
/// see their own figures; sales managers those of the owners they see; admins everyone's. Other
/// roles get <see cref="Common.ForbiddenException"/>. Periods follow the organisation's fiscal
/// year (<see cref="Domain.Organization.OrganizationSettings.FiscalYearStartMonth"/>).
/// </summary>
public interface IForecastService
{
    /// <summary>
    /// The forecast of the period <paramref name="periodKey"/> names, or of the current period of
    /// <paramref name="kind"/> (the organisation's today) when the key is null. A key that names
    /// no period throws a <see cref="Domain.Common.DomainException"/> (<c>PeriodKey.invalid</c>).
    /// </summary>
    Task<ForecastView> GetAsync(string? periodKey, PeriodKind kind, CancellationToken cancellationToken = default);

    /// <summary>Every revision of a subject's adjustment for the period, newest first.</summary>
    Task<IReadOnlyList<ForecastAdjustmentRow>> HistoryAsync(
        ForecastSubjectKind kind, Guid subjectId, string periodKey, CancellationToken cancellationToken = default);

    /// <summary>
    /// Saves a new revision of the subject's adjustment. Sales managers adjust the teams they
    /// manage and those teams' reps; admins anyone; everyone else gets
    /// <see cref="Common.ForbiddenException"/>. A blank note throws a domain exception on
    /// <c>Note</c>; a revision saved meanwhile by someone else throws
    /// <see cref="Common.ConcurrencyConflictException"/> and writes nothing.
    /// </summary>
    Task<ForecastAdjustmentRow> AdjustAsync(
        ForecastAdjustmentRequest request, CancellationToken cancellationToken = default);

    /// <summary>Takes an on-demand snapshot of the period; sales managers and admins only.</summary>
    Task<ForecastSnapshotTaken> TakeSnapshotAsync(string periodKey, CancellationToken cancellationToken = default);

    /// <summary>
    /// Takes the weekly snapshot of the current period of <paramref name="kind"/> unless this ISO
    /// week's is already there (then nothing is written and the result is false). Runs as the
    /// system, for the schedule; it needs nobody signed in.
    /// </summary>
    Task<bool> TakeWeeklySnapshotAsync(PeriodKind kind, CancellationToken cancellationToken = default);
}
