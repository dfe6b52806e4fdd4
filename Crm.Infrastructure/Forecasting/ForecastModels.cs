using Crm.Domain.Forecasting;

namespace Crm.Infrastructure.Forecasting;

/// <summary>
/// The forecast page's data for one period, over what the user sees: the figures, the names of
/// the reps and teams in them, what the user may do, and the changes since the baseline
/// snapshot (null when the period has no snapshot yet).
/// </summary>
public sealed record ForecastView(
    FiscalPeriod Period,
    FiscalCalendar Calendar,
    DateOnly Today,
    string BaseCurrency,
    ForecastResult Result,
    IReadOnlyDictionary<Guid, string> RepNames,
    IReadOnlyDictionary<Guid, string> TeamNames,
    ForecastPermissions Permissions,
    ForecastChangeReport? Changes);

/// <summary>Which forecasts the user may adjust and whether they may take a snapshot.</summary>
public sealed record ForecastPermissions(
    bool AdjustsAll, IReadOnlySet<Guid> AdjustableTeams, IReadOnlySet<Guid> AdjustableReps, bool CanSnapshot)
{
    public static readonly ForecastPermissions ReadOnly = new(false, new HashSet<Guid>(), new HashSet<Guid>(), false);

    public bool CanAdjust(ForecastSubjectKind kind, Guid? subjectId) => subjectId is { } id && kind switch
    {
        ForecastSubjectKind.Rep => AdjustsAll || AdjustableReps.Contains(id),
        ForecastSubjectKind.Team => AdjustsAll || AdjustableTeams.Contains(id),
        _ => false,
    };
}

/// <summary>The changes since the snapshot taken at <see cref="TakenAt"/>, each with its opportunity's name.</summary>
public sealed record ForecastChangeReport(DateTime TakenAt, SnapshotKind Kind, IReadOnlyList<ForecastChangeRow> Rows);

public sealed record ForecastChangeRow(ForecastChange Change, string OpportunityName);

/// <summary>
/// A manager's adjustment: <paramref name="Delta"/> base-currency minor units added to the
/// subject's forecast for the period (zero clears it); the note is required.
/// </summary>
public sealed record ForecastAdjustmentRequest(
    ForecastSubjectKind Kind, Guid SubjectId, string PeriodKey, long Delta, string Note);

/// <summary>One revision of an adjustment, newest first in a history; the first one listed is in force.</summary>
public sealed record ForecastAdjustmentRow(
    int Revision, long Delta, string Note, Guid ById, string ByName, DateTime At);

/// <summary>A snapshot just taken: its id, moment and how many opportunities it holds.</summary>
public sealed record ForecastSnapshotTaken(Guid Id, DateTime TakenAt, int Lines);
