using Crm.Domain.Forecasting;
using Crm.Domain.Targets;

namespace Crm.Infrastructure.Targets;

/// <summary>What the period picker needs: where the fiscal year starts and the organisation's today.</summary>
public sealed record TargetCalendarInfo(int FiscalYearStartMonth, DateOnly Today, string BaseCurrency)
{
    public FiscalCalendar Calendar => new(FiscalYearStartMonth);
}

/// <summary>
/// One cell of the targets grid. <see cref="Value"/> is null when no target is set (never, or
/// cleared); <see cref="Version"/> is the row's version (0 when there never was one), the one a
/// change is checked against.
/// </summary>
public sealed record TargetCell(
    TargetMeasure Measure, long? Value, string? Currency, int Version, string? SetByName, DateTime? SetAt);

/// <summary>A rep's or a team's targets for the period, one cell per measure.</summary>
public sealed record TargetRow(TargetSubject Subject, string Name, IReadOnlyList<TargetCell> Cells)
{
    public TargetCell Cell(TargetMeasure measure) => Cells.Single(c => c.Measure == measure);
}

/// <summary>
/// A sales team's block of the grid: its own row (null when the caller sees only their own
/// targets) and its active members.
/// </summary>
public sealed record TeamTargets(Guid TeamId, string TeamName, TargetRow? Team, IReadOnlyList<TargetRow> Reps);

/// <summary>The targets of one period in the caller's scope.</summary>
public sealed record TargetSheet(
    string PeriodKey, PeriodKind Kind, DateOnly Start, DateOnly End, string BaseCurrency, bool CanEdit,
    IReadOnlyList<TeamTargets> Teams);

/// <summary>
/// A target to set: <see cref="Value"/> in major units for an amount (at most two decimals), a
/// whole number for a count; null clears the target. <see cref="ExpectedVersion"/> is the cell's
/// version as loaded.
/// </summary>
public sealed record TargetInput(
    string PeriodKey, TargetSubject Subject, TargetMeasure Measure, decimal? Value, int ExpectedVersion);

/// <summary>
/// What copying the previous period did: targets copied, targets skipped because the period had
/// one already, and targets left out because their rep or team is no longer active in sales (or
/// the amount was in another base currency).
/// </summary>
public sealed record TargetCopyResult(string FromPeriodKey, int Copied, int Skipped, int Unavailable);

/// <summary>
/// Progress toward one measure. <see cref="Target"/> is null when none applies;
/// <see cref="FromReps"/> says a team's target is the sum of its reps' (no team target set).
/// </summary>
public sealed record MeasureAttainment(TargetMeasure Measure, long Actual, long? Target, bool FromReps,
    TargetProgress? Progress);

/// <summary>One rep, team or the organisation (<see cref="Subject"/> null) and its three measures.</summary>
public sealed record SubjectAttainment(TargetSubject? Subject, string Name, IReadOnlyList<MeasureAttainment> Measures)
{
    public MeasureAttainment Of(TargetMeasure measure) => Measures.Single(m => m.Measure == measure);
}

/// <summary>A team's attainment (null when the caller sees only their own) and its reps'.</summary>
public sealed record TeamAttainment(Guid TeamId, string TeamName, SubjectAttainment? Team,
    IReadOnlyList<SubjectAttainment> Reps);

/// <summary>
/// Attainment of one period in the caller's scope: the organisation for admins, the teams they
/// manage and their reps, their own. <see cref="MissingRateCurrencies"/> lists currencies whose
/// opportunities add no money for want of a rate.
/// </summary>
public sealed record TargetAttainment(
    string PeriodKey, DateOnly Start, DateOnly End, DateOnly Today, decimal Pace, string BaseCurrency,
    SubjectAttainment? Organization, IReadOnlyList<TeamAttainment> Teams,
    IReadOnlyCollection<string> MissingRateCurrencies);

/// <summary>
/// One period of an attainment history: the won amount (base-currency minor units), its target
/// (null when none applies; <see cref="FromReps"/> when a team's is the sum of its reps') and
/// won ÷ target (null without a target or when the target is 0).
/// </summary>
public sealed record AttainmentHistoryPeriod(
    FiscalPeriod Period, long WonAmount, long? Target, bool FromReps, decimal? Attainment)
{
    public string PeriodKey => Period.Key;
}

/// <summary>
/// The won amount against its target over six consecutive months or quarters, oldest first, for a
/// rep, a team or the organisation (<see cref="Subject"/> null).
/// </summary>
public sealed record AttainmentHistory(
    TargetSubject? Subject, string BaseCurrency, IReadOnlyList<AttainmentHistoryPeriod> Periods)
{
    /// <summary>Whether any of the periods has a target; without one there is nothing to measure against.</summary>
    public bool HasTarget => Periods.Any(p => p.Target is not null);
}
