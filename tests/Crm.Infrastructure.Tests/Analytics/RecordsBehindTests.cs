using Crm.Domain.Customers;
using Crm.Domain.Pipeline;
using Crm.Domain.Tickets;
using Crm.Infrastructure.Analytics.Customers;
using Crm.Infrastructure.Analytics.Service;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Tickets;
using Crm.Infrastructure.Tests.Common;
using Crm.Infrastructure.Tests.Pipeline;
using Crm.Infrastructure.Tests.Tickets;

namespace Crm.Infrastructure.Tests.Analytics;

/// <summary>
/// The records behind a service or customer chart segment on a real database and the real fact
/// tables: exactly what the figure counted, under the reader's visibility. Today is Monday
/// 2026-03-02; the host's clock starts at 09:00 UTC, 17:00 in Shanghai.
/// </summary>
public sealed class RecordsBehindTests(MigratedDatabases databases) : IClassFixture<MigratedDatabases>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    // 技术支持 (一线支持's queue) gets, a minute apart: e-mail "VPN 无法连接" for 许静, e-mail
    // "发票抬头有误" waiting in the queue, then a phone call "打印机卡纸".
    private static async Task<(TicketWorld World, NewTicket Vpn, NewTicket Invoice)> SeedTicketsAsync(
        CrmTestHost host)
    {
        var world = await TicketWorld.CreateAsync(host);
        var vpn = await world.OpenAsync(assigneeId: world.Xu);
        host.Clock.Advance(TimeSpan.FromMinutes(1));
        var invoice = await world.OpenAsync("发票抬头有误");
        host.Clock.Advance(TimeSpan.FromMinutes(1));
        world.SignInAsAdmin();
        await world.Tickets.CreateAsync(world.Input("打印机卡纸") with { Channel = TicketChannel.Phone }, Token);

        return (world, vpn, invoice);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task RecordsBehindAsync_Channel_TheTicketsItsBarCountedNewestFirst(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var (world, vpn, invoice) = await SeedTicketsAsync(host);
        world.SignInAsXu();

        var (count, records) = await BehindAsync(host, Query(world), new ServiceSegment.Channel(TicketChannel.Email),
            d => d.ByChannel.Single(c => c.Channel == TicketChannel.Email).Count);

        Assert.Equal(2, count);
        Assert.Equal([invoice.Number, vpn.Number], records.Select(r => r.Number));
        Assert.Equal(("VPN 无法连接", "许静", TicketPriority.High, CrmTestHost.Start.UtcDateTime),
            (records[1].Subject, records[1].AssigneeName, records[1].Priority, records[1].OpenedAt));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task RecordsBehindAsync_HeatMapCellAndBacklogDay_AsManyAsTheirFigures(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var (world, _, _) = await SeedTicketsAsync(host);
        world.SignInAsXu();

        var (cell, cellRecords) = await BehindAsync(host, Query(world),
            new ServiceSegment.HourOfWeek(DayOfWeek.Monday, 17), d => d.HeatMap.Count(DayOfWeek.Monday, 17));
        var (open, openRecords) = await BehindAsync(host, Query(world),
            new ServiceSegment.BacklogDay(new DateOnly(2026, 3, 2)), d => d.Backlog[^1].Open);

        Assert.Equal((3, 3), (cell, cellRecords.Count));
        Assert.Equal((3, 3), (open, openRecords.Count));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task RecordsBehindAsync_AgentOfAnotherTeam_SeesNone(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var (world, _, _) = await SeedTicketsAsync(host);
        world.SignInAsZhao();

        // No queue chosen: only the visibility rule keeps 一线支持's tickets out.
        var (count, records) = await BehindAsync(host, new ServiceQuery(),
            new ServiceSegment.Channel(TicketChannel.Email),
            d => d.ByChannel.Single(c => c.Channel == TicketChannel.Email).Count);

        Assert.Equal(0, count);
        Assert.Empty(records);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task RecordsBehindAsync_Limit_KeepsTheNewest(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var (world, _, invoice) = await SeedTicketsAsync(host);
        world.SignInAsLead();

        var records = await host.Get<IServiceAnalytics>().RecordsBehindAsync(
            Query(world), new ServiceSegment.Channel(TicketChannel.Email), 1, Token);

        Assert.Equal(invoice.Number, Assert.Single(records).Number);
    }

    // 王芳 wins two on 华东制造 (standard tier), 赵敏 one on 西部食品 (standard too).
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task RecordsBehindAsync_Tier_TheCustomersItsBarCounted(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await PipelineWorld.CreateAsync(host);
        await WinAsync(world, await world.CreateAsync(amount: 100_000m), new DateOnly(2026, 3, 1));
        await WinAsync(world, await world.CreateAsync(amount: 200_000m), new DateOnly(2026, 3, 2));
        world.SignInAsWestRep();
        await WinAsync(world, await world.CreateAsync(amount: 80_000m, accountId: world.WestAccount),
            new DateOnly(2026, 3, 2));
        world.SignInAsEastRep();
        var analytics = host.Get<ICustomerAnalytics>();

        var dashboard = await analytics.ReadAsync(new CustomerQuery(), Token);
        var records = await analytics.RecordsBehindAsync(
            new CustomerQuery(), new CustomerSegment.Tier(AccountTier.Standard), cancellationToken: Token);

        Assert.Equal(1, dashboard.Figures.ByTier.Single(t => t.Tier == AccountTier.Standard).Customers);
        var record = Assert.Single(records);
        Assert.Equal((world.EastAccount, "华东制造", "王芳", 2, 30_000_000L),
            (record.Id, record.Name, record.OwnerName, record.Won, record.LifetimeValueBase));
    }

    private static async Task<(int Figure, IReadOnlyList<TicketRecord> Records)> BehindAsync(
        CrmTestHost host, ServiceQuery query, ServiceSegment segment, Func<ServiceDashboard, int> figure)
    {
        var analytics = host.Get<IServiceAnalytics>();
        var dashboard = await analytics.ReadAsync(query, Token);
        var records = await analytics.RecordsBehindAsync(query, segment, cancellationToken: Token);

        return (figure(dashboard), records);
    }

    private static ServiceQuery Query(TicketWorld world) => new() { QueueId = world.TechQueue };

    private static async Task WinAsync(PipelineWorld world, Guid id, DateOnly on) =>
        await world.Opportunities.MoveToStageAsync(
            id, 1, world.Pipeline.WonStage.Id, new CloseInfo("签约", on), Token);
}
