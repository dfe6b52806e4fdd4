using Crm.Domain.Pipeline;
using Crm.Infrastructure.Currencies;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Pipeline;
using Crm.Infrastructure.Tests.Common;

namespace Crm.Infrastructure.Tests.Pipeline;

/// <summary>The opportunity list: filters, base-currency amount order and paging, in the database.</summary>
public sealed class OpportunitySearchTests(MigratedDatabases databases) : IClassFixture<MigratedDatabases>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task SearchAsync_SortByAmount_OrdersByTheBaseAmount(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await PipelineWorld.CreateAsync(host);
        world.SignInAsAdmin();
        await host.Get<IExchangeRateService>().SetRateAsync("USD", new DateOnly(2026, 1, 1), 7.2m, Token);
        world.SignInAsEastRep();
        await world.CreateAsync("¥20,000", 20_000m);
        await world.CreateAsync("$2,000", 2_000m, "USD");
        await world.CreateAsync("¥10,000", 10_000m);

        var page = await world.Opportunities.SearchAsync(Query(world) with { Sort = OpportunitySort.Amount }, Token);

        Assert.Equal(["¥10,000", "$2,000", "¥20,000"], page.Items.Select(o => o.Name));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task SearchAsync_ExpectedClosePeriod_KeepsOnlyThoseInsideInclusive(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await PipelineWorld.CreateAsync(host);
        foreach (var day in new[] { 31, 1, 30, 1 }.Select((d, i) => new DateOnly(2026, 3 + i, d)))
        {
            await world.CreateAsync(day.ToString("yyyy-MM-dd"), expectedClose: day);
        }

        var query = Query(world) with
        {
            ExpectedCloseFrom = new DateOnly(2026, 4, 1), ExpectedCloseTo = new DateOnly(2026, 5, 30),
        };

        var page = await world.Opportunities.SearchAsync(query, Token);

        Assert.Equal(["2026-04-01", "2026-05-30"], page.Items.Select(o => o.Name));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task SearchAsync_TextOfTheAccountName_FindsItsOpportunities(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await PipelineWorld.CreateAsync(host);
        await world.CreateAsync("MES 二期");

        var page = await world.Opportunities.SearchAsync(Query(world) with { Text = "华东" }, Token);

        Assert.Equal("华东制造", Assert.Single(page.Items).AccountName);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task SearchAsync_SecondPageByName_ReturnsTheNextRowsAndTheTotal(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await PipelineWorld.CreateAsync(host);
        foreach (var name in new[] { "字节跳动", "腾讯", "阿里巴巴", "百度" })
        {
            await world.CreateAsync(name);
        }

        var page = await world.Opportunities.SearchAsync(
            Query(world) with { Sort = OpportunitySort.Name, Page = 1, PageSize = 2 }, Token);

        Assert.Equal(4, page.TotalCount);
        Assert.Equal(["腾讯", "字节跳动"], page.Items.Select(o => o.Name));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task SearchAsync_StatusWon_KeepsOnlyWonOnes(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await PipelineWorld.CreateAsync(host);
        var won = await world.CreateAsync("赢了");
        await world.CreateAsync("还在谈");
        var close = new CloseInfo("签约", DateOnly.FromDateTime(host.Now));
        await world.Opportunities.MoveToStageAsync(won, 1, world.Pipeline.WonStage.Id, close, Token);

        var page = await world.Opportunities.SearchAsync(Query(world) with { Status = OpportunityStatus.Won }, Token);

        Assert.Equal(["赢了"], page.Items.Select(o => o.Name));
    }

    private static OpportunityQuery Query(PipelineWorld world) => new(PipelineId: world.Pipeline.Id);
}
