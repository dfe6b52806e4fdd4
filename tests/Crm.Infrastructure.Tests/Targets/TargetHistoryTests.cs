using Crm.Domain.Common;
using Crm.Domain.Targets;
using Crm.Domain.Teams;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Targets;
using Crm.Infrastructure.Tests.Common;

namespace Crm.Infrastructure.Tests.Targets;

// The six months up to April 2026 (November 2025 to April 2026), in minor units of CNY.
// Won: rep 1 500,000 on 30 Nov, 1,000,000 on 31 Mar, 3,000,000 on 3 Apr (and 2,000,000 on 31 Oct,
// before the six months); rep 2 4,000,000 on 10 Feb; the other team's rep 9,000,000 on 2 Apr.
// Targets: rep 1 Nov 1,000,000, Jan 0, Mar 2,000,000, Apr 4,000,000; rep 2 Feb 5,000,000, Apr
// 4,000,000; the team Mar 5,000,000 (its own, in place of its reps'); the other rep Apr 10,000,000.
// December has no target at all. (The organisation adds up every team in the database: its
// history has a class of its own, TargetOrganizationHistoryTests.)
public sealed class TargetHistoryTests(MigratedDatabases databases) : IClassFixture<MigratedDatabases>
{
    private static readonly string[] Months = ["2025-11", "2025-12", "2026-01", "2026-02", "2026-03", "2026-04"];

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task HistoryAsync_Rep_WonAgainstOwnTargetsOldestFirst(DatabaseProvider provider)
    {
        await using var world = await ArrangeAsync(provider);

        var history = await world.Service.HistoryAsync("2026-04", TargetSubject.Rep(world.Rep1.Id), Token);

        // No target in December and February, a target of 0 in January: no attainment in either.
        Assert.Equal(Months, history.Periods.Select(p => p.PeriodKey));
        Assert.Equal(
        [
            (500_000L, 1_000_000L, 0.5m), (0L, null, null), (0L, 0L, null), (0L, null, null),
            (1_000_000L, 2_000_000L, 0.5m), (3_000_000L, 4_000_000L, 0.75m),
        ], Figures(history));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task HistoryAsync_Team_OwnTargetElseTheSumOfItsReps(DatabaseProvider provider)
    {
        await using var world = await ArrangeAsync(provider);

        var history = await world.Service.HistoryAsync("2026-04", TargetSubject.Team(world.Team.Id), Token);

        // March is measured against the team's own 5,000,000, not the reps' 2,000,000.
        Assert.Equal(
        [
            (500_000L, 1_000_000L, 0.5m), (0L, null, null), (0L, 0L, null), (4_000_000L, 5_000_000L, 0.8m),
            (1_000_000L, 5_000_000L, 0.2m), (3_000_000L, 8_000_000L, 0.375m),
        ], Figures(history));
        Assert.Equal([true, false, true, true, false, true], history.Periods.Select(p => p.FromReps));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task HistoryAsync_Quarter_TheQuarterAndTheFiveBefore(DatabaseProvider provider)
    {
        await using var world = await ArrangeAsync(provider);
        await SetAsync(world, world.Rep1.Id, "FY2026-Q1", 20_000m);

        var history = await world.Service.HistoryAsync("FY2026-Q1", TargetSubject.Rep(world.Rep1.Id), Token);

        // Q4 2025 holds the 2,000,000 of 31 October and the 500,000 of 30 November; Q1 2026 the
        // 1,000,000 of 31 March against 2,000,000.
        Assert.Equal(["FY2024-Q4", "FY2025-Q1", "FY2025-Q2", "FY2025-Q3", "FY2025-Q4", "FY2026-Q1"],
            history.Periods.Select(p => p.PeriodKey));
        Assert.Equal((2_500_000L, 1_000_000L, 0.5m), (history.Periods[4].WonAmount, history.Periods[5].WonAmount,
            history.Periods[5].Attainment));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task HistoryAsync_RepOwnHistory_IsTheirsAlone(DatabaseProvider provider)
    {
        await using var world = await ArrangeAsync(provider);
        world.SignInAs(world.Rep2, Roles.SalesRep);

        var history = await world.Service.HistoryAsync("2026-04", TargetSubject.Rep(world.Rep2.Id), Token);

        Assert.Equal((4_000_000L, 0.8m, 0L), (history.Periods[3].WonAmount, history.Periods[3].Attainment,
            history.Periods[5].WonAmount));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task HistoryAsync_RepAsksForTheirTeam_IsForbidden(DatabaseProvider provider)
    {
        await using var world = await ArrangeAsync(provider);
        world.SignInAs(world.Rep2, Roles.SalesRep);

        await Assert.ThrowsAsync<ForbiddenException>(() =>
            world.Service.HistoryAsync("2026-04", TargetSubject.Team(world.Team.Id), Token));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task HistoryAsync_ManagerAsksForTheOrganisation_IsForbidden(DatabaseProvider provider)
    {
        await using var world = await ArrangeAsync(provider);
        world.SignInAs(world.Manager, Roles.SalesManager);

        await Assert.ThrowsAsync<ForbiddenException>(() => world.Service.HistoryAsync("2026-04", null, Token));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task HistoryAsync_NoTargetInAnyPeriod_HasNoTarget(DatabaseProvider provider)
    {
        await using var world = await ArrangeAsync(provider);

        var history = await world.Service.HistoryAsync("2025-10", TargetSubject.Rep(world.Rep1.Id), Token);

        Assert.Equal((false, 2_000_000L), (history.HasTarget, history.Periods[^1].WonAmount));
    }

    [Fact]
    public async Task HistoryAsync_UnknownPeriod_SaysWhichField()
    {
        await using var world = await TargetWorld.StartAsync(databases, DatabaseProvider.Sqlite);

        var error = await Assert.ThrowsAsync<DomainException>(() => world.Service.HistoryAsync("2026-13", null, Token));

        Assert.Equal(("Period.unknown", "Period"), (error.Code, error.Field));
    }

    private async Task<TargetWorld> ArrangeAsync(DatabaseProvider provider)
    {
        var world = await TargetWorld.StartAsync(databases, provider);
        var (team, rep1, rep2) = (world.Team.Id, world.Rep1.Id, world.Rep2.Id);
        world.Facts.Add(
            FixtureFacts.Won(rep1, team, 2_000_000, new DateOnly(2025, 10, 31)),
            FixtureFacts.Won(rep1, team, 500_000, new DateOnly(2025, 11, 30)),
            FixtureFacts.Won(rep1, team, 1_000_000, new DateOnly(2026, 3, 31)),
            FixtureFacts.Won(rep1, team, 3_000_000, new DateOnly(2026, 4, 3)),
            FixtureFacts.Open(rep1, team, 7_000_000, 50, new DateOnly(2026, 4, 28)),
            FixtureFacts.Won(rep2, team, 4_000_000, new DateOnly(2026, 2, 10)),
            FixtureFacts.Won(world.OtherRep.Id, world.OtherTeam.Id, 9_000_000, new DateOnly(2026, 4, 2)));
        await SetAsync(world, rep1, "2025-11", 10_000m);
        await SetAsync(world, rep1, "2026-01", 0m);
        await SetAsync(world, rep1, "2026-03", 20_000m);
        await SetAsync(world, rep1, "2026-04", 40_000m);
        await SetAsync(world, rep2, "2026-02", 50_000m);
        await SetAsync(world, rep2, "2026-04", 40_000m);
        await SetAsync(world, world.OtherRep.Id, "2026-04", 100_000m);
        await world.Service.SetAsync(new TargetInput(
            "2026-03", TargetSubject.Team(team), TargetMeasure.WonAmount, 50_000m, 0), Token);

        return world;
    }

    private static Task SetAsync(TargetWorld world, Guid repId, string periodKey, decimal amount) =>
        world.Service.SetAsync(
            new TargetInput(periodKey, TargetSubject.Rep(repId), TargetMeasure.WonAmount, amount, 0), Token);

    private static List<(long, long?, decimal?)> Figures(AttainmentHistory history) =>
        [.. history.Periods.Select(p => (p.WonAmount, p.Target, p.Attainment))];
}
