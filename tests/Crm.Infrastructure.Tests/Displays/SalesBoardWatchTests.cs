using Crm.Domain.Activities;
using Crm.Domain.Forecasting;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Displays.Boards;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Tests.Common;

namespace Crm.Infrastructure.Tests.Displays;

/// <summary>
/// How screens share a sales board and how it follows committed changes, on a real database:
/// changes go through the real services and reach the board through the live bus.
/// </summary>
public sealed class SalesBoardWatchTests(MigratedDatabases databases) : IClassFixture<MigratedDatabases>
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task WatchAsync_SecondScreenOfTheSameScope_ReadsTheBoardTheFirstBuilt(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await SalesBoardWorld.CreateAsync(host);
        using var first = await world.WatchAsync();
        var built = first.Current;

        using var second = await world.WatchAsync();

        Assert.Same(built, second.Current);
        Assert.Same(built, first.Current);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Dispose_LastScreen_DropsTheBoardSoTheNextScreenBuildsAnother(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await SalesBoardWorld.CreateAsync(host);
        var first = await world.WatchAsync();
        var dropped = first.Current;

        first.Dispose();
        using var next = await world.WatchAsync();

        Assert.NotSame(dropped, next.Current);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Dispose_OneOfTwoScreens_KeepsTheBoardForTheOther(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await SalesBoardWorld.CreateAsync(host);
        using var kept = await world.WatchAsync();
        var board = kept.Current;

        (await world.WatchAsync()).Dispose();
        using var next = await world.WatchAsync();

        Assert.Same(board, next.Current);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task MoveToStageAsync_WatchedOpportunity_NewerBoardWithTheMoveOnTop(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await SalesBoardWorld.CreateAsync(host);
        var id = await world.CreateAsync(100_000m);
        using var probe = await world.ProbeAsync();
        var before = probe.Watch.Current;
        host.Clock.Advance(TimeSpan.FromMinutes(5));

        await world.MoveAsync(id, 1, world.Pipeline.Propose);

        var after = await probe.UntilAsync(b => b.Feed[0].Kind == SalesMomentKind.StageMoved);
        var top = after.Feed[0];
        Assert.Equal((id, 2, "方案报价"), (top.OpportunityId, top.Version, top.StageName));
        Assert.True(after.UpdatedAt > before.UpdatedAt && probe.Notices > 0);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task MoveToStageAsync_Won_WonOnTopAndOnTheLeaderboard(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await SalesBoardWorld.CreateAsync(host);
        var id = await world.CreateAsync(250_000m);
        using var probe = await world.ProbeAsync();
        host.Clock.Advance(TimeSpan.FromMinutes(5));

        await world.WinAsync(id, 1);

        var board = await probe.UntilAsync(b => b.Feed[0].Kind == SalesMomentKind.Won);
        Assert.Equal((id, 25_000_000L), (board.Feed[0].OpportunityId, board.Feed[0].AmountBase));
        Assert.Equal((world.Pipeline.EastRep, 25_000_000L), (board.Leaders[0].RepId, board.Leaders[0].WonBase));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task ActivityLogged_ByARepOfTheScope_CountedOnTheBoard(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await SalesBoardWorld.CreateAsync(host);
        using var probe = await world.ProbeAsync();

        await world.LogAsync(world.Pipeline.EastTeammate, ActivityKind.Meeting, host.Now);

        var board = await probe.UntilAsync(b => b.ActivitiesToday.Length == 1);
        var logged = board.ActivitiesToday[0];
        Assert.Equal((world.Pipeline.EastTeammate, 1), (logged.RepId, logged.Total));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Midnight_LastDayOfTheMonth_BoardRollsOverToTheNextMonth(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        // Tuesday 31 March, 17:00 in Shanghai; eight hours later it is 1 April there.
        host.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 31, 9, 0, 0, TimeSpan.Zero));
        var world = await SalesBoardWorld.CreateAsync(host);
        using var probe = await world.ProbeAsync();

        host.Clock.Advance(TimeSpan.FromHours(8));

        var board = await probe.UntilAsync(b => b.Period.Key != "2026-03");
        Assert.Equal("2026-04", board.Period.Key);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task WatchAsync_UnknownTeam_ThrowsNotFound(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await SalesBoardWorld.CreateAsync(host);

        var watching = world.WatchAsync(new SalesBoardScope(Guid.CreateVersion7(), null, PeriodKind.Month));

        await Assert.ThrowsAsync<NotFoundException>(() => watching);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task WatchAsync_UnknownPipeline_ThrowsNotFound(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await SalesBoardWorld.CreateAsync(host);

        var watching = world.WatchAsync(world.East with { PipelineId = Guid.CreateVersion7() });

        await Assert.ThrowsAsync<NotFoundException>(() => watching);
    }
}
