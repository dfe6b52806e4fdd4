using Crm.Domain.Teams;
using Crm.Domain.Tickets;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Displays.Boards;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Tests.Common;
using Crm.Infrastructure.Tickets.Workspace;

namespace Crm.Infrastructure.Tests.Displays;

/// <summary>
/// The service boards as shared, live read models: one instance per scope, dropped with its last
/// screen, rebuilt when tickets, agents or the day change.
/// </summary>
public sealed class ServiceBoardsLiveTests(MigratedDatabases databases) : IClassFixture<MigratedDatabases>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task WatchAsync_TwoWatchesOfOneScope_ShareOneInstance(DatabaseProvider provider)
    {
        var (host, world) = await StartAsync(provider);
        await using var _ = host;
        await world.OpenAsync("打印机卡纸");

        using var first = await world.WatchAsync();
        using var second = await world.WatchAsync();

        Assert.Same(first.Board, second.Board);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Dispose_LastWatch_DropsTheBoard(DatabaseProvider provider)
    {
        var (host, world) = await StartAsync(provider);
        await using var _ = host;
        var first = await world.WatchAsync();
        var second = await world.WatchAsync();

        first.Dispose();
        var heldByOne = host.Get<ServiceBoards>().BoardCount;
        second.Dispose();

        Assert.Equal((1, 0), (heldByOne, host.Get<ServiceBoards>().BoardCount));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task TakeAsync_ThroughTheTicketService_NewerBoardAndScreensTold(DatabaseProvider provider)
    {
        var (host, world) = await StartAsync(provider);
        await using var _ = host;
        var ticket = await world.OpenAsync("发票抬头错误");
        using var probe = await world.WatchAsync();
        var before = probe.Board;

        world.Tickets.SignInAsXu();
        await world.Tickets.Tickets.TakeAsync(ticket.Id, 1, Ct);

        var after = await probe.UntilAsync(
            b => b.Agents.Single(a => a.UserId == world.Tickets.Xu).OpenTickets == 1);
        Assert.NotSame(before, after);
        Assert.True(probe.Notices > 0);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task ChangeStatusAsync_Resolved_LeavesTheQueueAndCountsAsResolvedToday(DatabaseProvider provider)
    {
        var (host, world) = await StartAsync(provider);
        await using var _ = host;
        var ticket = await world.OpenAsync("打印机卡纸", assigneeId: world.Tickets.Xu);
        using var probe = await world.WatchAsync();

        await world.ResolveAsync(ticket.Id);

        var board = await probe.UntilAsync(b => b.Today.Resolved == 1);
        Assert.Empty(board.Queue);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task SetMineAsync_AgentGoesAway_BoardShowsIt(DatabaseProvider provider)
    {
        var (host, world) = await StartAsync(provider);
        await using var _ = host;
        using var probe = await world.WatchAsync();

        world.Tickets.SignInAsWang();
        await host.Get<IAgentStatusService>().SetMineAsync(Availability.Away, Ct);

        await probe.UntilAsync(b => b.Agents.Single(a => a.UserId == world.Tickets.Wang).Availability
            == Availability.Away);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Midnight_InTheOrganisationsZone_TodayStartsFromNothing(DatabaseProvider provider)
    {
        var (host, world) = await StartAsync(provider);
        await using var _ = host;
        await world.OpenAsync("打印机卡纸");
        using var probe = await world.WatchAsync();
        var before = probe.Board.Today;

        // 17:00 in Shanghai: seven hours on is 00:00 the next day.
        host.Clock.Advance(TimeSpan.FromHours(7));

        await probe.UntilAsync(b => b.Today.Opened == 0);
        Assert.Equal(new ServiceToday(1, 0), before);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task WatchAsync_UnknownTeam_ThrowsNotFound(DatabaseProvider provider)
    {
        var (host, world) = await StartAsync(provider);
        await using var _ = host;

        await Assert.ThrowsAsync<NotFoundException>(
            () => world.Boards.WatchAsync(new ServiceBoardScope(Guid.CreateVersion7(), null), () => { }, Ct));
        Assert.Equal(0, host.Get<ServiceBoards>().BoardCount);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task WatchAsync_SalesTeam_ThrowsNotFound(DatabaseProvider provider)
    {
        var (host, world) = await StartAsync(provider);
        await using var _ = host;
        var sales = await host.SaveNewAsync(new Team(Guid.CreateVersion7(), "华北销售", TeamKind.Sales, "华北"));

        await Assert.ThrowsAsync<NotFoundException>(
            () => world.Boards.WatchAsync(new ServiceBoardScope(sales.Id, null), () => { }, Ct));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task WatchAsync_QueueOfAnotherTeam_ThrowsNotFound(DatabaseProvider provider)
    {
        var (host, world) = await StartAsync(provider);
        await using var _ = host;
        var scope = new ServiceBoardScope(world.Tickets.FirstLine, world.Tickets.BillingQueue);

        await Assert.ThrowsAsync<NotFoundException>(() => world.Boards.WatchAsync(scope, () => { }, Ct));
    }

    private async Task<(CrmTestHost, ServiceBoardWorld)> StartAsync(DatabaseProvider provider)
    {
        var host = await databases.StartHostAsync(provider);

        return (host, await ServiceBoardWorld.CreateAsync(host));
    }
}
