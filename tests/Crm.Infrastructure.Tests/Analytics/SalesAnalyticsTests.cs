using Crm.Infrastructure.Analytics;
using Crm.Infrastructure.Analytics.Sales;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Tests.Common;
using Crm.Infrastructure.Tests.Pipeline;

namespace Crm.Infrastructure.Tests.Analytics;

/// <summary>
/// The sales dashboard on a real database and the real fact table: the figures of one pipeline
/// (fresh per test), narrowed to what the reader may see. Today is 2026-03-02 in Shanghai, so
/// the current quarter is FY2026 Q1 (January to March).
/// </summary>
public sealed class SalesAnalyticsTests(MigratedDatabases databases) : IClassFixture<MigratedDatabases>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    // 王芳 creates two, moves one to 方案报价; 李强 (same team) creates one; 赵敏 (west) one, expected
    // to close this quarter.
    private static async Task<(PipelineWorld World, Guid Moved)> SeedAsync(CrmTestHost host)
    {
        var world = await PipelineWorld.CreateAsync(host);
        var moved = await world.CreateAsync(name: "MES 二期", amount: 200_000m);
        await world.CreateAsync(name: "WMS 升级", amount: 50_000m);
        await world.Opportunities.MoveToStageAsync(moved, 1, world.Propose.Id, null, Token);
        world.SignInAsEastTeammate();
        await world.CreateAsync(name: "质检系统", amount: 30_000m);
        world.SignInAsWestRep();
        await world.CreateAsync(
            name: "仓储扩容", amount: 80_000m, accountId: world.WestAccount, expectedClose: new DateOnly(2026, 3, 31));
        world.SignInAsEastRep();

        return (world, moved);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task ReadAsync_Rep_FunnelOfTheirTeamsOpportunities(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var (world, _) = await SeedAsync(host);

        var dashboard = await ReadAsync(host, world);

        // 东区's three (王芳's two, 李强's one), not 赵敏's: all reached 初步接洽 (¥280,000), one
        // 方案报价 (¥200,000).
        Assert.Equal([(3, 28_000_000L), (1, 20_000_000), (0, 0), (0, 0)],
            dashboard.Funnel.Select(s => (s.Count, s.AmountBase)));
        Assert.Equal("FY2026-Q1", dashboard.Period.Period.Key);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task ReadAsync_ManagerAndAdmin_SeeTheirTeamAndEveryone(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var (world, _) = await SeedAsync(host);

        world.SignInAsEastManager();
        var manager = await ReadAsync(host, world);
        world.SignInAsAdmin();
        var admin = await ReadAsync(host, world);

        Assert.Equal((3, 4), (manager.Funnel[0].Count, admin.Funnel[0].Count));
        Assert.Equal(["仓储扩容"], await NamesBehindAsync(host, world, new SalesSegment.Rep(world.WestRep)));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task RecordsBehindAsync_FunnelStep_NamesTheOpportunitiesItCounted(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var (world, moved) = await SeedAsync(host);

        var records = await host.Get<ISalesAnalytics>().RecordsBehindAsync(
            Query(world), new SalesSegment.FunnelStep(world.Propose.Id), cancellationToken: Token);

        var record = Assert.Single(records);
        Assert.Equal((moved, "MES 二期", world.Propose.Name, 20_000_000L),
            (record.Id, record.Name, record.StageName, record.AmountBase!.Value));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task ReadAsync_AfterAStageMove_FunnelFollowsTheFactTable(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var (world, moved) = await SeedAsync(host);
        using var probe = FactProbe.Of(host.Get<IOpportunityFacts>());
        await probe.CurrentAsync();

        await world.Opportunities.MoveToStageAsync(moved, 2, world.Negotiate.Id, null, Token);
        await probe.UntilAsync(t => t.Rows.Any(f => f.Id == moved && f.StageId == world.Negotiate.Id));

        var dashboard = await ReadAsync(host, world);
        Assert.Equal([3, 1, 1, 0], dashboard.Funnel.Select(s => s.Count));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task ReadAsync_ChoicesNameTheRepsTheReaderSees(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var (world, _) = await SeedAsync(host);
        world.SignInAsEastManager();

        var dashboard = await ReadAsync(host, world);

        Assert.Contains(world.EastRep, dashboard.Choices.Owners.Select(o => o.Id));
        Assert.DoesNotContain(world.WestRep, dashboard.Choices.Owners.Select(o => o.Id));
    }

    private static Task<SalesDashboard> ReadAsync(CrmTestHost host, PipelineWorld world) =>
        host.Get<ISalesAnalytics>().ReadAsync(Query(world), Token);

    private static async Task<List<string>> NamesBehindAsync(
        CrmTestHost host, PipelineWorld world, SalesSegment segment) =>
        [.. (await host.Get<ISalesAnalytics>().RecordsBehindAsync(Query(world), segment, cancellationToken: Token))
            .Select(r => r.Name)];

    private static SalesQuery Query(PipelineWorld world) => new() { PipelineId = world.Pipeline.Id };
}
