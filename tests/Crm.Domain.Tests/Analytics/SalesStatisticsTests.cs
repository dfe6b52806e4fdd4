using Crm.Domain.Analytics.Sales;
using static Crm.Domain.Tests.Analytics.SalesFixture;

namespace Crm.Domain.Tests.Analytics;

public sealed class SalesStatisticsTests
{
    // Closed in December: A won, C lost, D lost, E won → 2 won of 4.
    // Won amount 100,000 + 72,000 = 172,000.00; average 86,000.00.
    [Fact]
    public void Compute_December_WinRateAndAverageWonSize()
    {
        var figures = WinStatistics.Compute(Facts, December);

        Assert.Equal((2, 2, 0.5m, 17_200_000L, 8_600_000L),
            (figures.Won, figures.Lost, figures.WinRate, figures.WonAmountBase, figures.AverageWonBase));
    }

    // A: created 2 December, won 20 December = 18 days; E: 10 November to 3 December = 23 days.
    // Mean 20.5 days. Velocity: 2 open (B, F) × 0.5 × 86,000.00 ÷ 20.5 = 4,195.12195… → 4,195.12.
    [Fact]
    public void Compute_December_CycleAndVelocity()
    {
        var figures = WinStatistics.Compute(Facts, December);

        Assert.Equal((20.5m, 2, 419_512L), (figures.CycleDays, figures.OpenCount, figures.VelocityPerDay));
    }

    [Fact]
    public void Compute_NothingClosed_FiguresAreUndefined()
    {
        var figures = WinStatistics.Compute(Facts, December with { OwnerId = Guid.NewGuid() });

        Assert.Equal((null, null, null, null),
            (figures.WinRate, figures.AverageWonBase, figures.CycleDays, figures.VelocityPerDay));
    }

    // Qualify stays ended in December: A 2 d, B 1 d, C 2 d, D 1 d (ended 2 December 01:00 local),
    // E 23 d, F 1 d → 1, 1, 1, 2, 2, 23 → median (1 + 2) / 2 = 1.5 days.
    // Needs: A 6 d, B 3 d → 4.5 days. Proposal: A 10 d, D 13 d 9 h → 11 d 16 h 30 min.
    [Fact]
    public void StageDurations_December_MedianOfEveryFinishedStay()
    {
        var durations = StageDurations.Build(Facts, Stages, December);

        Assert.Equal(
            [("Qualify", 6, TimeSpan.FromHours(36)), ("Needs", 2, TimeSpan.FromHours(108)),
                ("Proposal", 2, new TimeSpan(11, 16, 30, 0))],
            durations.Select(d => (d.Stage.Name, d.Stays, d.Median!.Value)));
    }

    // rep1: won A 100,000, lost C, open B expected 28 December: 50,000 × 20 % = 10,000.00.
    // rep2: won E 72,000, lost D; F is expected in January, so no open pipeline in December.
    [Fact]
    public void Leaderboard_December_RanksByWonAmount()
    {
        var board = Leaderboard.Build(Facts, December);

        Assert.Equal(
            [(1, Rep1, 10_000_000L, 1, 1, 0.5m, 1_000_000L), (2, Rep2, 7_200_000L, 1, 1, 0.5m, 0L)],
            board.Select(l => (l.Rank, l.OwnerId, l.WonAmountBase, l.Won, l.Lost, l.WinRate!.Value,
                l.OpenWeightedBase)));
    }

    [Fact]
    public void Leaderboard_EqualReps_ShareARank()
    {
        var twin = Named('A') with { Id = Guid.NewGuid(), OwnerId = Rep2 };
        var facts = new[] { Named('A'), twin };

        var board = Leaderboard.Build(facts, December);

        Assert.Equal([1, 1], board.Select(l => l.Rank));
    }

    // C "Price" 30,000 and D " price " 20,000 are one reason, shown as first written.
    [Fact]
    public void LostReasons_December_GroupsReasonsWithoutCaseOrSpaces()
    {
        var reasons = LostReasons.Build(Facts, December);

        Assert.Equal([new LostReason("Price", 2, 5_000_000)], reasons);
    }

    // rep1's line counts A (won), B (open, expected 28 December) and C (lost).
    [Fact]
    public void LeaderboardOf_Rep_ReturnsTheOpportunitiesItsLineCounts()
    {
        var behind = Leaderboard.Of(Facts, December, Rep1);

        Assert.Equal(new[] { 'A', 'B', 'C' }.Select(c => Named(c).Id), behind.Select(f => f.Id));
    }

    [Fact]
    public void LostReasonsOf_ReasonInOtherCase_ReturnsBothLost()
    {
        var behind = LostReasons.Of(Facts, December, "PRICE");

        Assert.Equal(new[] { 'C', 'D' }.Select(c => Named(c).Id), behind.Select(f => f.Id));
    }
}
