using Crm.Domain.Analytics;
using Crm.Domain.Forecasting;
using Crm.Domain.Pipeline;
using static Crm.Domain.Tests.Forecasting.FactBuilder;

namespace Crm.Domain.Tests.Forecasting;

/// <summary>
/// A snapshot of FY2026-Q1 (April start: 2026-04-01 up to 2026-07-01) taken 2026-05-04, compared
/// with the facts a week later. Each test changes one opportunity of the snapshot's fixture.
/// </summary>
public sealed class ForecastChangesTests
{
    private static readonly FiscalPeriod Quarter =
        new FiscalCalendar(4).PeriodContaining(new DateOnly(2026, 5, 1), PeriodKind.Quarter);

    private static readonly DateTime TakenAt = new(2026, 5, 4, 1, 0, 0, DateTimeKind.Utc);
    private static readonly Guid Rep = Guid.CreateVersion7();
    private static readonly Guid Team = Guid.CreateVersion7();
    private static readonly Guid Deal = Guid.CreateVersion7();

    private static readonly OpportunityFact Before =
        Open(Rep, Team, ForecastCategory.Commit, 2_000_000, 70, new DateOnly(2026, 6, 30), id: Deal);

    [Fact]
    public void Compare_Unchanged_ListsNothing()
    {
        Assert.Empty(ForecastChanges.Compare(Quarter, Snapshot(Before), [Before]));
    }

    [Fact]
    public void Compare_ExpectedCloseMovedToNextQuarter_IsMovedOutWithBothDates()
    {
        var after = Before with { ExpectedCloseDate = new DateOnly(2026, 7, 15) };

        var change = ForecastChanges.Compare(Quarter, Snapshot(Before), [after]).Single();

        Assert.Equal((ForecastChangeKind.MovedOut, new DateOnly(2026, 6, 30), new DateOnly(2026, 7, 15)),
            (change.Kind, change.OldExpectedClose, change.NewExpectedClose));
    }

    [Fact]
    public void Compare_ExpectedCloseMovedIntoTheQuarter_IsMovedIn()
    {
        var outside = Before with { ExpectedCloseDate = new DateOnly(2026, 8, 1) };
        var inside = outside with { ExpectedCloseDate = new DateOnly(2026, 6, 1) };

        var change = ForecastChanges.Compare(Quarter, Snapshot(outside), [inside]).Single();

        Assert.Equal((ForecastChangeKind.MovedIn, 2_000_000L), (change.Kind, change.NewAmountBase));
    }

    [Fact]
    public void Compare_CreatedAfterTheSnapshot_IsNew()
    {
        var fresh = Open(Rep, Team, ForecastCategory.Pipeline, 50_000, 10, new DateOnly(2026, 5, 20),
            created: TakenAt.AddDays(2));

        var change = ForecastChanges.Compare(Quarter, Snapshot(Before), [Before, fresh]).Single();

        Assert.Equal((ForecastChangeKind.New, fresh.Id), (change.Kind, change.OpportunityId));
    }

    [Fact]
    public void Compare_Won_IsWonWithOldAndNewAmounts()
    {
        var won = Before with
        {
            Status = OpportunityStatus.Won, Category = ForecastCategory.Closed, AmountBase = 2_100_000,
            ClosedOn = new DateOnly(2026, 5, 8),
        };

        var change = ForecastChanges.Compare(Quarter, Snapshot(Before), [won]).Single();

        Assert.Equal((ForecastChangeKind.Won, 2_000_000L, 2_100_000L),
            (change.Kind, change.OldAmountBase, change.NewAmountBase));
    }

    [Fact]
    public void Compare_Lost_IsLost()
    {
        var lost = Before with
        {
            Status = OpportunityStatus.Lost, Category = ForecastCategory.Closed, ClosedOn = new DateOnly(2026, 5, 8),
        };

        Assert.Equal(ForecastChangeKind.Lost, ForecastChanges.Compare(Quarter, Snapshot(Before), [lost]).Single().Kind);
    }

    [Fact]
    public void Compare_AmountRaised_IsAmountChangedFromOldToNew()
    {
        var raised = Before with { AmountBase = 2_500_000 };

        var change = ForecastChanges.Compare(Quarter, Snapshot(Before), [raised]).Single();

        Assert.Equal((ForecastChangeKind.AmountChanged, 2_000_000L, 2_500_000L),
            (change.Kind, change.OldAmountBase, change.NewAmountBase));
    }

    [Fact]
    public void Compare_StageChangeWithinThePeriod_ListsNothing()
    {
        var moved = Before with { Category = ForecastCategory.BestCase, Probability = 40 };

        Assert.Empty(ForecastChanges.Compare(Quarter, Snapshot(Before), [moved]));
    }

    [Fact]
    public void Compare_Deleted_IsMovedOut()
    {
        Assert.Equal(ForecastChangeKind.MovedOut, ForecastChanges.Compare(Quarter, Snapshot(Before), []).Single().Kind);
    }

    [Fact]
    public void Compare_OpenOutsideNowWonInside_IsWon()
    {
        var outside = Before with { ExpectedCloseDate = new DateOnly(2026, 9, 30) };
        var wonEarly = outside with
        {
            Status = OpportunityStatus.Won, Category = ForecastCategory.Closed, ClosedOn = new DateOnly(2026, 5, 9),
        };

        Assert.Equal(ForecastChangeKind.Won,
            ForecastChanges.Compare(Quarter, Snapshot(outside), [wonEarly]).Single().Kind);
    }

    [Fact]
    public void Baseline_SnapshotAWeekOld_IsPreferredOverANewerWeeklyOne()
    {
        var now = TakenAt.AddDays(8);
        var weekOld = Take(SnapshotKind.OnDemand, TakenAt);
        var newer = Take(SnapshotKind.Weekly, TakenAt.AddDays(5));

        Assert.Equal(weekOld, ForecastChanges.Baseline([weekOld, newer], now));
    }

    [Fact]
    public void Baseline_NothingAWeekOld_IsTheNewestWeekly()
    {
        var weekly = Take(SnapshotKind.Weekly, TakenAt);
        var onDemand = Take(SnapshotKind.OnDemand, TakenAt.AddDays(1));

        Assert.Equal(weekly, ForecastChanges.Baseline([weekly, onDemand], TakenAt.AddDays(3)));
    }

    [Fact]
    public void WeekKeyOf_FirstDaysOfJanuary_BelongToTheLastIsoWeekOfTheYearBefore()
    {
        Assert.Equal("2026-W53", ForecastSnapshot.WeekKeyOf(new DateOnly(2027, 1, 2)));
    }

    private static ForecastSnapshot Snapshot(params OpportunityFact[] facts) =>
        ForecastSnapshot.Take(Quarter, SnapshotKind.Weekly, TakenAt, new DateOnly(2026, 5, 4), null, facts);

    private static SnapshotHeader Take(SnapshotKind kind, DateTime at) =>
        ForecastSnapshot.Take(Quarter, kind, at, DateOnly.FromDateTime(at), Guid.CreateVersion7(), [Before]).Header;
}
