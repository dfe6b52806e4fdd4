using Crm.Domain.Activities;
using Crm.Domain.Targets;
using Crm.Infrastructure.Displays.Boards;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Tests.Common;

namespace Crm.Infrastructure.Tests.Displays;

/// <summary>
/// What a sales board shows, on a real database and the real fact table: each test builds a
/// small world of its own (see <see cref="SalesBoardWorld"/>) and reads the board of 东区.
/// </summary>
public sealed class SalesBoardFiguresTests(MigratedDatabases databases) : IClassFixture<MigratedDatabases>
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task WatchAsync_OneRepWon_RanksEveryRepWithTheirTarget(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await SalesBoardWorld.CreateAsync(host);
        var east = world.Pipeline;
        var won = await world.CreateAsync(300_000m, east.EastTeammate);
        await world.WinAsync(won, 1);
        await world.SetTargetAsync(TargetSubject.Rep(east.EastRep), 500_000m);

        using var watch = await world.WatchAsync();

        // 李强 won ¥300,000 and has no target; 王芳 won nothing yet against ¥500,000.
        Assert.Equal(
            [(east.EastTeammate, 30_000_000L, 1, (long?)null), (east.EastRep, 0L, 0, 50_000_000L)],
            watch.Current.Leaders.Select(r => (r.RepId, r.WonBase, r.WonCount, r.TargetBase)));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task WatchAsync_OpenOpportunities_CountedAndSummedPerOpenStage(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await SalesBoardWorld.CreateAsync(host);
        await world.CreateAsync(100_000m);
        await world.CreateAsync(50_000m);
        var moved = await world.CreateAsync(200_000m);
        await world.MoveAsync(moved, 1, world.Pipeline.Negotiate);

        using var watch = await world.WatchAsync();

        Assert.Equal(
            [(world.Pipeline.Qualify.Id, 2, 15_000_000L), (world.Pipeline.Propose.Id, 0, 0),
                (world.Pipeline.Negotiate.Id, 1, 20_000_000)],
            watch.Current.Funnel.Select(s => (s.StageId, s.Count, s.AmountBase)));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task WatchAsync_SecondWednesday_ExpectsTheShareOfWorkingDaysGone(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        // Wednesday 11 March, noon in Shanghai: March 2026 has 22 weekdays, 8 of them gone by tonight.
        host.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 11, 4, 0, 0, TimeSpan.Zero));
        var world = await SalesBoardWorld.CreateAsync(host);
        await world.SetTargetAsync(TargetSubject.Team(world.Pipeline.EastTeam), 1_000_000m);

        using var watch = await world.WatchAsync();

        var target = watch.Current.Target;
        Assert.Equal((100_000_000L, 8m / 22m), (target.TargetBase, target.ExpectedShare));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task WatchAsync_OpenAndWonInThePeriod_ForecastByCategory(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await SalesBoardWorld.CreateAsync(host);
        await world.CreateAsync(100_000m);
        await world.MoveAsync(await world.CreateAsync(50_000m), 1, world.Pipeline.Propose);
        await world.MoveAsync(await world.CreateAsync(200_000m), 1, world.Pipeline.Negotiate);
        await world.WinAsync(await world.CreateAsync(300_000m), 1);
        await world.CreateAsync(900_000m, expectedClose: new DateOnly(2026, 6, 30));

        using var watch = await world.WatchAsync();

        // 初步接洽 counts as pipeline, 方案报价 as best case, 商务谈判 as commit; June's is left out.
        Assert.Equal(
            new TeamForecast(30_000_000, 20_000_000, 5_000_000, 10_000_000, null), watch.Current.Forecast);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task WatchAsync_ActivitiesOfTodayAndYesterday_CountsOnlyTodays(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await SalesBoardWorld.CreateAsync(host);
        var rep = world.Pipeline.EastRep;
        await world.LogAsync(rep, ActivityKind.Call, host.Now.AddHours(-1));
        await world.LogAsync(rep, ActivityKind.Call, host.Now.AddHours(-2));
        await world.LogAsync(rep, ActivityKind.Email, host.Now.AddHours(-3));
        await world.LogAsync(rep, ActivityKind.Call, host.Now.AddDays(-1));

        using var watch = await world.WatchAsync();

        var today = Assert.Single(watch.Current.ActivitiesToday);
        Assert.Equal(
            (rep, 2, 1, 3),
            (today.RepId, today.ByKind[ActivityKind.Call], today.ByKind[ActivityKind.Email], today.Total));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task WatchAsync_OpportunityWithHistory_FeedSeededNewestFirst(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await SalesBoardWorld.CreateAsync(host);
        var id = await world.CreateAsync(100_000m);
        host.Clock.Advance(TimeSpan.FromMinutes(5));
        await world.MoveAsync(id, 1, world.Pipeline.Propose);

        using var watch = await world.WatchAsync();

        Assert.Equal(
            [(SalesMomentKind.StageMoved, "方案报价"), (SalesMomentKind.Created, "初步接洽")],
            watch.Current.Feed.Select(m => (m.Kind, m.StageName)));
    }
}
