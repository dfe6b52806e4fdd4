using System.Globalization;
using Crm.Domain.Analytics;
using Crm.Domain.Common;

namespace Crm.Domain.Forecasting;

/// <summary>How a forecast snapshot came to be taken.</summary>
public enum SnapshotKind
{
    /// <summary>Taken by the weekly schedule: at most one per period and ISO week.</summary>
    Weekly = 1,

    /// <summary>Taken when a manager or an admin asked for one.</summary>
    OnDemand = 2,
}

/// <summary>
/// The forecast of one period as it stood at <see cref="TakenAt"/>: one line per opportunity that
/// belonged to the period then
/// (<see cref="ForecastCalculator.InPeriod(OpportunityFact, FiscalPeriod)"/>), of every owner, so
/// "forecast over time" and "changes since last week" compare the same opportunities under the
/// same rules. Rows are never changed. A weekly snapshot carries its <see cref="WeekKey"/>; the
/// database keeps one per period and key, so a second weekly run in the same week is a no-op.
/// </summary>
public sealed class ForecastSnapshot
{
    private readonly List<ForecastSnapshotLine> _lines = [];

    private ForecastSnapshot(
        Guid id, string periodKey, SnapshotKind kind, DateTime takenAt, Guid? takenById, string? weekKey)
    {
        Id = id;
        PeriodKey = periodKey;
        Kind = kind;
        TakenAt = takenAt;
        TakenById = takenById;
        WeekKey = weekKey;
    }

    public Guid Id { get; private set; }

    public string PeriodKey { get; private set; }

    public SnapshotKind Kind { get; private set; }

    public DateTime TakenAt { get; private set; }

    /// <summary>Who asked for it; null for the weekly schedule.</summary>
    public Guid? TakenById { get; private set; }

    /// <summary>The ISO week of a weekly snapshot (<c>2026-W10</c>) in the organisation's time zone.</summary>
    public string? WeekKey { get; private set; }

    public IReadOnlyList<ForecastSnapshotLine> Lines => _lines;

    public SnapshotHeader Header => new(Id, TakenAt, Kind);

    /// <summary>
    /// Takes a snapshot of <paramref name="period"/> from <paramref name="facts"/> (all of them;
    /// visibility is applied when a snapshot is read). <paramref name="today"/> is the
    /// organisation's date at <paramref name="at"/>; it names the week of a weekly snapshot.
    /// </summary>
    public static ForecastSnapshot Take(
        FiscalPeriod period, SnapshotKind kind, DateTime at, DateOnly today, Guid? takenById,
        IEnumerable<OpportunityFact> facts)
    {
        if (kind == SnapshotKind.OnDemand && takenById is null)
        {
            throw new DomainException("ForecastSnapshot.TakenBy.required", "An on-demand snapshot names who took it.",
                nameof(TakenById));
        }

        var weekKey = kind == SnapshotKind.Weekly ? WeekKeyOf(today) : null;
        var snapshot = new ForecastSnapshot(Guid.CreateVersion7(), period.Key, kind, Clock.Utc(at), takenById, weekKey);
        snapshot._lines.AddRange(facts.Where(f => ForecastCalculator.InPeriod(f, period))
            .OrderBy(f => f.Id).Select(ForecastSnapshotLine.Of));

        return snapshot;
    }

    /// <summary>
    /// A weekly snapshot of <paramref name="period"/> rebuilt afterwards from opportunities as they
    /// stood at <paramref name="at"/> (<paramref name="day"/> is the organisation's date then): the
    /// demo's history, which no schedule was running to take. Lines outside the period are left
    /// out by the same rule as <see cref="Take"/>. <paramref name="id"/> is the caller's, so a
    /// rebuilt history has the same ids every time.
    /// </summary>
    public static ForecastSnapshot Rebuild(
        Guid id, FiscalPeriod period, DateTime at, DateOnly day, IEnumerable<ForecastSnapshotLine> lines)
    {
        var snapshot = new ForecastSnapshot(
            id, period.Key, SnapshotKind.Weekly, Clock.Utc(at), null, WeekKeyOf(day));
        snapshot._lines.AddRange(lines
            .Where(l => ForecastCalculator.InPeriod(l, period))
            .OrderBy(l => l.OpportunityId));

        return snapshot;
    }

    /// <summary>The ISO 8601 week <paramref name="day"/> falls in, as <c>2026-W01</c>.</summary>
    public static string WeekKeyOf(DateOnly day)
    {
        var date = day.ToDateTime(TimeOnly.MinValue);

        return string.Create(CultureInfo.InvariantCulture,
            $"{ISOWeek.GetYear(date)}-W{ISOWeek.GetWeekOfYear(date):00}");
    }
}

/// <summary>What picks a snapshot as the baseline of a comparison, without its lines.</summary>
public sealed record SnapshotHeader(Guid Id, DateTime TakenAt, SnapshotKind Kind);

/// <summary>One opportunity in a <see cref="ForecastSnapshot"/>, as it stood when the snapshot was taken.</summary>
public sealed record ForecastSnapshotLine(
    Guid OpportunityId,
    Guid OwnerId,
    Guid? TeamId,
    Guid StageId,
    Pipeline.ForecastCategory Category,
    Pipeline.OpportunityStatus Status,
    long? AmountBase,
    long? WeightedBase,
    DateOnly ExpectedCloseDate,
    DateOnly? ClosedOn)
{
    public static ForecastSnapshotLine Of(OpportunityFact fact) => new(
        fact.Id, fact.OwnerId, fact.TeamId, fact.StageId, fact.Category, fact.Status, fact.AmountBase,
        fact.WeightedBase, fact.ExpectedCloseDate, fact.ClosedOn);
}
