namespace Crm.Domain.Forecasting;

/// <summary>
/// One point of "forecast over time" (<c>docs/metrics.md, "Forecast over time"</c>): the unadjusted
/// figures of a rep, a team or the organisation on <see cref="Day"/> (the organisation's date),
/// from the snapshot that stands for that day or, when <see cref="IsLive"/>, from the opportunities
/// as they are at <see cref="At"/>. The lines the chart draws are cumulative: <see cref="Commit"/>
/// is closed won + commit (the unadjusted forecast), <see cref="BestCase"/> adds best case.
/// </summary>
public sealed record ForecastTrendPoint(DateOnly Day, DateTime At, bool IsLive, ForecastFigures Figures)
{
    public long ClosedWon => Figures.ClosedWon;

    /// <summary>Closed won + commit.</summary>
    public long Commit => Figures.Unadjusted;

    /// <summary>Closed won + commit + best case.</summary>
    public long BestCase => Figures.Unadjusted + Figures.BestCase;

    /// <summary>The weighted amount of the open opportunities of the period (every category).</summary>
    public long Weighted => Figures.Weighted;

    /// <summary>
    /// Closed won ÷ <paramref name="target"/>; null (undefined) without a target or for a target of 0.
    /// </summary>
    public decimal? AttainmentOf(long? target) => target is { } goal && goal > 0 ? (decimal)ClosedWon / goal : null;
}

/// <summary>How the points of "forecast over time" follow from the snapshots of a period.</summary>
public static class ForecastTrend
{
    /// <summary>
    /// The snapshots that stand for their days: of several taken on one day (in
    /// <paramref name="zone"/>, the organisation's time zone), the latest; oldest day first.
    /// </summary>
    public static IReadOnlyList<(DateOnly Day, SnapshotHeader Snapshot)> DailySnapshots(
        IEnumerable<SnapshotHeader> snapshots, TimeZoneInfo zone) =>
        snapshots
            .GroupBy(s => DayOf(s.TakenAt, zone))
            .Select(g => (Day: g.Key, Snapshot: g.MaxBy(s => s.TakenAt)!))
            .OrderBy(p => p.Day)
            .ToList();

    /// <summary>
    /// The point of <paramref name="snapshot"/> over the lines <paramref name="counts"/> keeps (the
    /// scope and the reader's visibility), each counted by
    /// <see cref="ForecastCalculator.FiguresOf(ForecastSnapshotLine)"/>.
    /// </summary>
    public static ForecastTrendPoint FromSnapshot(
        DateOnly day, ForecastSnapshot snapshot, Func<ForecastSnapshotLine, bool> counts) =>
        new(day, snapshot.TakenAt, false, snapshot.Lines.Where(counts)
            .Aggregate(ForecastFigures.Zero, (sum, line) => sum.Plus(ForecastCalculator.FiguresOf(line))));

    /// <summary>The organisation's date at the UTC instant <paramref name="at"/>.</summary>
    public static DateOnly DayOf(DateTime at, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(at, DateTimeKind.Utc), zone));
}
