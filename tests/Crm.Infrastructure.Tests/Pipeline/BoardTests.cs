using Crm.Domain.Common;
using Crm.Domain.Pipeline;
using Crm.Infrastructure.Currencies;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Pipeline;
using Crm.Infrastructure.Tests.Common;

namespace Crm.Infrastructure.Tests.Pipeline;

/// <summary>A pipeline board: cards per stage and totals converted into the base currency.</summary>
public sealed class BoardTests(MigratedDatabases databases) : IClassFixture<MigratedDatabases>
{
    private static int _currencies;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task ListForPipelineAsync_CnyAndUsdInOneStage_TotalsInBaseAndWeighted(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await PipelineWorld.CreateAsync(host);
        var currency = await WithRateAsync(world, 7.2m);
        await world.CreateAsync("人民币单", 10_000.10m);
        await world.CreateAsync("外币单", 1_000.05m, currency);

        var board = await world.Opportunities.ListForPipelineAsync(world.Pipeline.Id, new BoardFilter(), Token);

        var totals = Assert.Single(board.Totals);
        // ¥10,000.10 + $1,000.05 × 7.2 = ¥17,200.46; weighted at 10%: ¥1,720.046 → ¥1,720.05.
        Assert.Equal((2, 1_720_046L, 172_005L),
            (totals.Count, totals.AmountInBase.MinorUnits, totals.WeightedInBase.MinorUnits));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task ListForPipelineAsync_Cards_CarryBaseAmountAndEffectiveProbability(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await PipelineWorld.CreateAsync(host);
        var currency = await WithRateAsync(world, 7.2m);
        var id = await world.CreateAsync("外币单", 1_000m, currency);
        await world.Opportunities.MoveToStageAsync(id, 1, world.Negotiate.Id, null, Token);

        var board = await world.Opportunities.ListForPipelineAsync(world.Pipeline.Id, new BoardFilter(), Token);

        var card = Assert.Single(board.Cards);
        Assert.Equal((new Money(720_000, "CNY"), 70, new Money(504_000, "CNY")),
            (card.AmountInBase, card.Probability, card.WeightedInBase));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task ListForPipelineAsync_CurrencyWithoutRate_NamesItAndLeavesItOutOfTheTotals(
        DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await PipelineWorld.CreateAsync(host);
        var currency = UnratedCurrency();
        await world.CreateAsync("人民币单", 500m);
        await world.CreateAsync("无汇率单", 900m, currency);

        var board = await world.Opportunities.ListForPipelineAsync(world.Pipeline.Id, new BoardFilter(), Token);

        Assert.Equal([currency], board.MissingRateCurrencies);
        Assert.Equal((2, 50_000L), (board.Totals[0].Count, board.Totals[0].AmountInBase.MinorUnits));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task ListForPipelineAsync_WonOpportunity_ShownOnlyWhenClosedSinceCoversIt(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await PipelineWorld.CreateAsync(host);
        var id = await world.CreateAsync();
        var today = DateOnly.FromDateTime(host.Now);
        var close = new CloseInfo("签约", today);
        await world.Opportunities.MoveToStageAsync(id, 1, world.Pipeline.WonStage.Id, close, Token);

        var open = await world.Opportunities.ListForPipelineAsync(world.Pipeline.Id, new BoardFilter(), Token);
        var recent = await world.Opportunities.ListForPipelineAsync(
            world.Pipeline.Id, new BoardFilter(ClosedSince: today.AddDays(-30)), Token);

        Assert.Empty(open.Cards);
        Assert.Equal(world.Pipeline.WonStage.Id, Assert.Single(recent.Cards).StageId);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task ListForPipelineAsync_Cards_OrderedByStageThenExpectedClose(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await PipelineWorld.CreateAsync(host);
        var late = await world.CreateAsync("晚", expectedClose: new DateOnly(2026, 8, 1));
        await world.CreateAsync("早", expectedClose: new DateOnly(2026, 4, 1));
        await world.Opportunities.MoveToStageAsync(late, 1, world.Propose.Id, null, Token);
        await world.CreateAsync("中", expectedClose: new DateOnly(2026, 5, 1));

        var board = await world.Opportunities.ListForPipelineAsync(world.Pipeline.Id, new BoardFilter(), Token);

        Assert.Equal(["早", "中", "晚"], board.Cards.Select(c => c.Name));
    }

    // Rates are shared by every test of the class database, so each test gets a currency of its own.
    private static async Task<string> WithRateAsync(PipelineWorld world, decimal rate)
    {
        var currency = UnratedCurrency();
        world.SignInAsAdmin();
        await world.Host.Get<IExchangeRateService>().SetRateAsync(currency, new DateOnly(2026, 1, 1), rate, Token);
        world.SignInAsEastRep();

        return currency;
    }

    // Made-up codes XAA, XAB, ... (ISO keeps X codes for non-national use), each handed out once.
    private static string UnratedCurrency()
    {
        var next = Interlocked.Increment(ref _currencies);

        return new(['X', (char)('A' + next / 26 % 26), (char)('A' + next % 26)]);
    }
}
