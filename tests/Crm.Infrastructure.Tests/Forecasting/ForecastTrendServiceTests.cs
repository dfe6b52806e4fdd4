using Crm.Domain.Forecasting;
using Crm.Domain.Targets;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Forecasting;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Tests.Common;

namespace Crm.Infrastructure.Tests.Forecasting;

/// <summary>
/// "Forecast over time" over <see cref="ForecastWorld"/>: a snapshot of FY2026-Q1 taken on 4 May
/// (Shanghai) holding the world's four facts, then 王芳 wins her commit (2 000 000) before the live
/// point. Targets (won amount, minor units): 王芳 8 000 000, 李强 2 000 000, 赵敏 3 000 000, none for
/// the teams. Each test shifts the world by its own number of years, so the other tests' snapshots
/// (the latest of a day stands for it, whoever's lines it holds) are in other periods.
/// </summary>
public sealed class ForecastTrendServiceTests(MigratedDatabases databases) : IClassFixture<MigratedDatabases>
{
    private static readonly DateTime May4 = new(2026, 5, 4, 1, 0, 0, DateTimeKind.Utc);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task GetAsync_Rep_DrawsOnlyTheirOwnLine(DatabaseProvider provider)
    {
        await using var world = await StartAsync(provider);
        world.SignInAsWang();

        var trend = await Trends(world).GetAsync("FY2026-Q1", ForecastTrendScope.Organization, Ct);

        // The snapshot: won 3 000 000 + commit 2 000 000; 李强's best case is not hers. Now: all won.
        Assert.Equal([(3_000_000L, 5_000_000L, 5_000_000L), (5_000_000L, 5_000_000L, 5_000_000L)],
            trend.Points.Select(p => (p.ClosedWon, p.Commit, p.BestCase)));
        Assert.Equal(8_000_000, trend.Target);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task GetAsync_ManagerOfEast_DrawsTheTeamAgainstItsRepsTargets(DatabaseProvider provider)
    {
        await using var world = await StartAsync(provider, years: 1);
        world.SignInAsChen();

        var trend = await Trends(world).GetAsync(
            "FY2027-Q1", new ForecastTrendScope(ForecastSubjectKind.Team, world.East), Ct);

        // 王芳 and 李强: won 3 000 000, + commit 2 000 000, + best case 1 000 000; weighted 1 400 000 + 400 000.
        var snapshot = trend.Points[0];
        Assert.Equal((3_000_000L, 5_000_000L, 6_000_000L, 1_800_000L),
            (snapshot.ClosedWon, snapshot.Commit, snapshot.BestCase, snapshot.Weighted));
        Assert.Equal(10_000_000, trend.Target);
    }

    [Fact]
    public async Task GetAsync_ManagerOfEast_LeavesTheOtherTeamOutOfEverything()
    {
        await using var world = await StartAsync(DatabaseProvider.Sqlite, years: 2);
        world.SignInAsChen();

        var trend = await Trends(world).GetAsync("FY2028-Q1", ForecastTrendScope.Organization, Ct);

        // 赵敏's commit of 500 000 and her target of 3 000 000 are 西区's.
        Assert.Equal((5_000_000L, 10_000_000L), (trend.Points[0].Commit, trend.Target));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task GetAsync_Admin_MeasuresTheOrganisationAgainstTheSumOfItsTeams(DatabaseProvider provider)
    {
        await using var world = await StartAsync(provider, years: 3);
        await SetTargetAsync(world, TargetSubject.Team(world.East), "FY2029-Q1", 120_000m);
        world.SignInAsAdmin();

        var trend = await Trends(world).GetAsync("FY2029-Q1", ForecastTrendScope.Organization, Ct);

        // 东区's own 12 000 000 replaces its reps' 10 000 000; 西区 is 赵敏's 3 000 000.
        Assert.Equal(15_000_000, trend.Target);
    }

    [Fact]
    public async Task GetAsync_SeveralSnapshotsADay_TakesTheLatestOfEachShanghaiDay()
    {
        await using var world = await StartAsync(DatabaseProvider.Sqlite, years: 4);
        world.SignInAsAdmin();
        var late = May4.AddYears(4).AddHours(8);
        await SaveSnapshotAsync(world, "FY2030-Q1", May4.AddYears(4).AddHours(-10));
        await SaveSnapshotAsync(world, "FY2030-Q1", late);

        var trend = await Trends(world).GetAsync("FY2030-Q1", ForecastTrendScope.Organization, Ct);

        // 2030-05-03 15:00 UTC is still 3 May in Shanghai; 01:00 and 09:00 UTC on 4 May are both 4 May.
        Assert.Equal([new DateOnly(2030, 5, 3), new DateOnly(2030, 5, 4)], trend.Points.SkipLast(1).Select(p => p.Day));
        Assert.Equal(late, trend.Points[1].At);
    }

    [Fact]
    public async Task GetAsync_AdjustedForecast_DrawsTheFiguresUnadjusted()
    {
        await using var world = await StartAsync(DatabaseProvider.Sqlite, years: 5);
        world.SignInAsChen();
        await world.Forecasts.AdjustAsync(new ForecastAdjustmentRequest(
            ForecastSubjectKind.Rep, world.Wang, "FY2031-Q1", 1_000_000, "大单提前"), Ct);

        var trend = await Trends(world).GetAsync(
            "FY2031-Q1", new ForecastTrendScope(ForecastSubjectKind.Rep, world.Wang), Ct);

        Assert.Equal(5_000_000, trend.Points[^1].Commit);
    }

    [Fact]
    public async Task GetAsync_NoSnapshot_GivesTheLivePointAlone()
    {
        await using var world = await StartAsync(DatabaseProvider.Sqlite, years: 6, snapshot: false);
        world.SignInAsChen();

        var trend = await Trends(world).GetAsync("FY2032-Q1", ForecastTrendScope.Organization, Ct);

        Assert.Equal((0, true), (trend.Snapshots, trend.Points.Single().IsLive));
    }

    [Fact]
    public async Task GetAsync_RepAsksForAnotherRep_ThrowsNotFound()
    {
        await using var world = await StartAsync(DatabaseProvider.Sqlite, snapshot: false);
        world.SignInAsWang();

        await Assert.ThrowsAsync<NotFoundException>(() => Trends(world).GetAsync(
            "FY2026-Q1", new ForecastTrendScope(ForecastSubjectKind.Rep, world.Zhao), Ct));
    }

    [Fact]
    public async Task GetAsync_SupportAgent_ThrowsForbidden()
    {
        await using var world = await StartAsync(DatabaseProvider.Sqlite, snapshot: false);
        world.SignInAsAgent();

        await Assert.ThrowsAsync<ForbiddenException>(() =>
            Trends(world).GetAsync("FY2026-Q1", ForecastTrendScope.Organization, Ct));
    }

    private static IForecastTrendService Trends(ForecastWorld world) => world.Host.Get<IForecastTrendService>();

    // The world shifted by whole years, its snapshot of 4 May, its targets, then 王芳's win.
    private async Task<ForecastWorld> StartAsync(DatabaseProvider provider, int years = 0, bool snapshot = true)
    {
        var world = await ForecastWorld.StartAsync(databases, provider);
        if (years > 0)
        {
            world.ShiftYears(years);
        }

        var quarter = $"FY{2026 + years}-Q1";
        if (snapshot)
        {
            await SaveSnapshotAsync(world, quarter, May4.AddYears(years));
        }

        await SetTargetAsync(world, TargetSubject.Rep(world.Wang), quarter, 80_000m);
        await SetTargetAsync(world, TargetSubject.Rep(world.Li), quarter, 20_000m);
        await SetTargetAsync(world, TargetSubject.Rep(world.Zhao), quarter, 30_000m);
        world.Change(world.Wang, f => f with
        {
            Status = Domain.Pipeline.OpportunityStatus.Won,
            Category = Domain.Pipeline.ForecastCategory.Closed,
            ClosedOn = world.Facts.Today,
        });

        return world;
    }

    private static async Task SaveSnapshotAsync(ForecastWorld world, string periodKey, DateTime at)
    {
        var period = new FiscalCalendar(4).Parse(periodKey)!;
        var snapshot = ForecastSnapshot.Take(period, SnapshotKind.OnDemand, at, DateOnly.FromDateTime(at.AddHours(8)),
            world.Chen, world.Facts.Rows);
        await using var db = await world.Host.OpenAsync();
        db.Add(snapshot);
        await db.SaveChangesAsync(Ct);
    }

    private static Task SetTargetAsync(ForecastWorld world, TargetSubject subject, string periodKey, decimal yuan) =>
        world.Host.SaveNewAsync(Target.Set(Guid.CreateVersion7(), new FiscalCalendar(4).Parse(periodKey)!, subject,
            TargetSubjectState.Active, TargetMeasure.WonAmount, TargetValue.Of(TargetMeasure.WonAmount, yuan, "CNY"),
            Guid.CreateVersion7(), world.Host.Now));
}
