using Crm.Domain.Pipeline;
using Crm.Domain.Tickets;
using Crm.Infrastructure.Analytics.Customers;
using Crm.Infrastructure.Analytics.Service;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Tests.Common;
using Crm.Infrastructure.Tests.Pipeline;
using Crm.Infrastructure.Tests.Tickets;

namespace Crm.Infrastructure.Tests.Analytics;

/// <summary>
/// The customer and service dashboards on a real database and the real fact tables. Today is
/// 2026-03-02 in Shanghai; people, accounts and queues are fresh per test.
/// </summary>
public sealed class CustomerAndServiceAnalyticsTests(MigratedDatabases databases) : IClassFixture<MigratedDatabases>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    // 王芳 wins two on 东区's account (1 and 2 March) and keeps one open: one customer, a repeat
    // buyer, ¥300,000 won, ¥50,000 open.
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task ReadAsync_RepWithTwoWins_OneRepeatCustomer(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await PipelineWorld.CreateAsync(host);
        await WinAsync(world, await world.CreateAsync(amount: 100_000m), new DateOnly(2026, 3, 1));
        await WinAsync(world, await world.CreateAsync(amount: 200_000m), new DateOnly(2026, 3, 2));
        await world.CreateAsync(amount: 50_000m);

        var dashboard = await host.Get<ICustomerAnalytics>().ReadAsync(new CustomerQuery(), Token);

        var top = Assert.Single(dashboard.Figures.TopAccounts);
        Assert.Equal((1, 1, 1m), (dashboard.Figures.Customers, dashboard.Figures.RepeatCustomers,
            dashboard.Figures.RepeatPurchaseRate!.Value));
        Assert.Equal((30_000_000L, 5_000_000L, new DateOnly(2026, 3, 2)), (top.WonBase, top.OpenBase, top.LastWonOn));
    }

    // Two e-mail tickets opened today in the team's queue; 徐 answers one after 30 minutes.
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task ReadAsync_AgentOfTheQueue_VolumeAndFirstResponseOfTheMonth(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await TicketWorld.CreateAsync(host);
        var answered = await world.OpenAsync(assigneeId: world.Xu);
        await world.OpenAsync("发票抬头有误");
        host.Clock.Advance(TimeSpan.FromMinutes(30));
        world.SignInAsXu();
        var version = (await host.ReloadAsync<Ticket>(answered.Id)).Version;
        await world.Tickets.ReplyAsync(answered.Id, version, "您好，我们正在排查。", Token);

        var dashboard = await host.Get<IServiceAnalytics>().ReadAsync(
            new ServiceQuery { QueueId = world.TechQueue }, Token);

        Assert.Equal(2, dashboard.ByChannel.Single(c => c.Channel == TicketChannel.Email).Count);
        Assert.Equal((1, TimeSpan.FromMinutes(30)), (dashboard.FirstResponse.Count, dashboard.FirstResponse.Median));
        Assert.Equal("2026-03", dashboard.Period.Period.Key);
    }

    private static async Task WinAsync(PipelineWorld world, Guid id, DateOnly on) =>
        await world.Opportunities.MoveToStageAsync(
            id, 1, world.Pipeline.WonStage.Id, new CloseInfo("签约", on), Token);
}
