using Crm.Domain.Forecasting;
using Crm.Domain.Pipeline;
using static Crm.Domain.Tests.Forecasting.FactBuilder;

namespace Crm.Domain.Tests.Forecasting;

/// <summary>
/// A snapshot of FY2026-Q1 (April start) taken 2026-05-04, CNY minor units:
/// <code>
/// rep A  won 2026-04-20            3 000 000
/// rep A  commit, 2026-06-10        2 000 000 × 70 % → weighted 1 400 000
/// rep A  best case, 2026-05-30     1 000 000 × 40 % →            400 000
/// rep A  pipeline, 2026-06-20        333 333 × 10 % →             33 333
/// rep B  commit, 2026-06-01          500 000 × 80 % →            400 000
/// rep B  commit without a rate (counted as unconverted, no money)
/// </code>
/// </summary>
public sealed class ForecastTrendTests
{
    private static readonly FiscalPeriod Quarter = new FiscalCalendar(4).Parse("FY2026-Q1")!;
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
    private static readonly DateTime TakenAt = new(2026, 5, 4, 1, 0, 0, DateTimeKind.Utc);
    private static readonly Guid RepA = Guid.CreateVersion7();
    private static readonly Guid RepB = Guid.CreateVersion7();
    private static readonly Guid Team = Guid.CreateVersion7();

    private static readonly ForecastSnapshot Snapshot = ForecastSnapshot.Take(
        Quarter, SnapshotKind.Weekly, TakenAt, new DateOnly(2026, 5, 4), null,
        [
            Won(RepA, Team, 3_000_000, new DateOnly(2026, 4, 20)),
            Open(RepA, Team, ForecastCategory.Commit, 2_000_000, 70, new DateOnly(2026, 6, 10)),
            Open(RepA, Team, ForecastCategory.BestCase, 1_000_000, 40, new DateOnly(2026, 5, 30)),
            Open(RepA, Team, ForecastCategory.Pipeline, 333_333, 10, new DateOnly(2026, 6, 20)),
            Open(RepB, Team, ForecastCategory.Commit, 500_000, 80, new DateOnly(2026, 6, 1)),
            Open(RepB, Team, ForecastCategory.Commit, null, 70, new DateOnly(2026, 6, 2), currency: "EUR"),
        ]);

    [Fact]
    public void FromSnapshot_EveryLine_AddsEachCategoryOnce()
    {
        var point = ForecastTrend.FromSnapshot(new DateOnly(2026, 5, 4), Snapshot, _ => true);

        Assert.Equal(new ForecastFigures(3_000_000, 2_500_000, 1_000_000, 333_333, 2_233_333, 1), point.Figures);
    }

    [Fact]
    public void FromSnapshot_EveryLine_DrawsTheCategoriesCumulatively()
    {
        var point = ForecastTrend.FromSnapshot(new DateOnly(2026, 5, 4), Snapshot, _ => true);

        // Won 3 000 000; + commit 2 500 000; + best case 1 000 000.
        Assert.Equal((3_000_000L, 5_500_000L, 6_500_000L), (point.ClosedWon, point.Commit, point.BestCase));
    }

    [Fact]
    public void FromSnapshot_OneRepsLines_CountsOnlyThem()
    {
        var point = ForecastTrend.FromSnapshot(new DateOnly(2026, 5, 4), Snapshot, line => line.OwnerId == RepB);

        Assert.Equal((0L, 500_000L, 400_000L), (point.ClosedWon, point.Commit, point.Weighted));
    }

    [Fact]
    public void FiguresOf_SnapshotLine_MatchesTheFactItWasTakenFrom()
    {
        var fact = Open(RepA, Team, ForecastCategory.BestCase, 1_000_000, 40, new DateOnly(2026, 5, 30));

        Assert.Equal(ForecastCalculator.FiguresOf(fact), ForecastCalculator.FiguresOf(ForecastSnapshotLine.Of(fact)));
    }

    [Theory]
    [InlineData(3_000_000L, 12_000_000L, 0.25)]
    [InlineData(3_000_000L, 2_000_000L, 1.5)]
    public void AttainmentOf_Target_IsClosedWonOverTarget(long won, long target, double expected)
    {
        var point = new ForecastTrendPoint(new DateOnly(2026, 5, 4), TakenAt, false,
            ForecastFigures.Zero with { ClosedWon = won });

        Assert.Equal((decimal)expected, point.AttainmentOf(target));
    }

    [Theory]
    [InlineData(null)]
    [InlineData(0L)]
    public void AttainmentOf_NoTargetOrZero_IsUndefined(long? target)
    {
        var point = new ForecastTrendPoint(new DateOnly(2026, 5, 4), TakenAt, false,
            ForecastFigures.Zero with { ClosedWon = 3_000_000 });

        Assert.Null(point.AttainmentOf(target));
    }

    [Fact]
    public void DailySnapshots_SeveralOnOneShanghaiDay_KeepsTheLatest()
    {
        // 16:30 UTC on 3 May is 00:30 on 4 May in Shanghai, the same day as 09:00 UTC on 4 May.
        var evening = new SnapshotHeader(Guid.CreateVersion7(), new DateTime(2026, 5, 3, 15, 0, 0, DateTimeKind.Utc),
            SnapshotKind.OnDemand);
        var midnight = new SnapshotHeader(Guid.CreateVersion7(), new DateTime(2026, 5, 3, 16, 30, 0, DateTimeKind.Utc),
            SnapshotKind.Weekly);
        var later = new SnapshotHeader(Guid.CreateVersion7(), new DateTime(2026, 5, 4, 9, 0, 0, DateTimeKind.Utc),
            SnapshotKind.OnDemand);

        var days = ForecastTrend.DailySnapshots([later, evening, midnight], Shanghai);

        Assert.Equal([(new DateOnly(2026, 5, 3), evening), (new DateOnly(2026, 5, 4), later)], days);
    }

    [Fact]
    public void Rebuild_LinesOfSeveralPeriods_KeepsThoseOfThePeriod()
    {
        var next = Open(RepA, Team, ForecastCategory.Commit, 700_000, 70, new DateOnly(2026, 7, 1));
        var lost = Lost(RepA, Team, 900_000, new DateOnly(2026, 5, 2));
        var lines = Snapshot.Lines.Concat([ForecastSnapshotLine.Of(next), ForecastSnapshotLine.Of(lost)]);

        var rebuilt = ForecastSnapshot.Rebuild(
            Guid.CreateVersion7(), Quarter, TakenAt, new DateOnly(2026, 5, 4), lines);

        Assert.Equal((6, "2026-W19"), (rebuilt.Lines.Count, rebuilt.WeekKey));
    }
}
