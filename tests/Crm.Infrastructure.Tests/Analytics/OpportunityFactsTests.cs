using Crm.Domain.Analytics;
using Crm.Domain.Customers;
using Crm.Domain.Pipeline;
using Crm.Domain.Teams;
using Crm.Infrastructure.Analytics;
using Crm.Infrastructure.Currencies;
using Crm.Infrastructure.Live;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Pipeline;
using Crm.Infrastructure.Tests.Common;
using Crm.Infrastructure.Tests.Pipeline;

namespace Crm.Infrastructure.Tests.Analytics;

/// <summary>
/// The opportunity fact table on a real database: what the load builds, and how each kind of
/// event keeps it current. The class database is shared, so every test has a currency of its
/// own and finds its rows by id. Today is 2026-03-02 in Asia/Shanghai (the host starts at
/// 09:00 UTC, 17:00 there); the base currency is CNY.
/// </summary>
public sealed class OpportunityFactsTests(MigratedDatabases databases) : IClassFixture<MigratedDatabases>
{
    private static readonly DateOnly March1 = new(2026, 3, 1);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task CurrentAsync_ForeignCurrencyWithARate_ConvertsAtTodaysRate(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await PipelineWorld.CreateAsync(host);
        await SetRateAsync(world, "USD", March1, 7.2m);
        // US$1,234.56 = 123,456 cents × 7.2 = 888,883.2 fen → 888,883 (¥8,888.83).
        var id = await world.CreateAsync(amount: 1_234.56m, currency: "USD");

        var fact = Find(await host.Get<IOpportunityFacts>().CurrentAsync(Token), id);

        Assert.Equal(888_883, fact.AmountBase);
        Assert.Equal((world.EastTeam, "华东", 10), (fact.TeamId, fact.Region, fact.Probability));
        Assert.Equal(ForecastCategory.Pipeline, fact.Category);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task CurrentAsync_CurrencyWithoutRate_NoBaseAmountAndTheCurrencyListed(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await PipelineWorld.CreateAsync(host);
        var id = await world.CreateAsync(amount: 500m, currency: "CHF");

        var table = await host.Get<IOpportunityFacts>().CurrentAsync(Token);

        Assert.Null(Find(table, id).AmountBase);
        Assert.Contains("CHF", table.MissingRateCurrencies);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task CurrentAsync_MovedBackToAStage_HasAVisitForEveryStay(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await PipelineWorld.CreateAsync(host);
        var t0 = host.Now;
        var id = await world.CreateAsync();
        var version = await MoveAfterAsync(world, id, 1, TimeSpan.FromHours(1), world.Propose);
        version = await MoveAfterAsync(world, id, version, TimeSpan.FromHours(2), world.Qualify);
        await MoveAfterAsync(world, id, version, TimeSpan.FromHours(3), world.Propose);

        var fact = Find(await host.Get<IOpportunityFacts>().CurrentAsync(Token), id);

        // Qualify 0–1 h, Propose 1–3 h, Qualify again 3–6 h, Propose since 6 h.
        Assert.Equal(
            [
                new StageVisit(world.Qualify.Id, t0, t0.AddHours(1)),
                new StageVisit(world.Propose.Id, t0.AddHours(1), t0.AddHours(3)),
                new StageVisit(world.Qualify.Id, t0.AddHours(3), t0.AddHours(6)),
                new StageVisit(world.Propose.Id, t0.AddHours(6), null),
            ],
            fact.Visits);
        Assert.Equal(t0, fact.CreatedAt);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task CurrentAsync_NothingChanged_ReturnsTheSameTable(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var facts = host.Get<IOpportunityFacts>();
        var first = await facts.CurrentAsync(Token);

        var second = await facts.CurrentAsync(Token);

        Assert.Same(first, second);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task StageChanged_AfterLoad_FactTakesTheStagesCategoryAndProbability(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await PipelineWorld.CreateAsync(host);
        var id = await world.CreateAsync();
        using var probe = FactProbe.Of(host.Get<IOpportunityFacts>());
        var loaded = await probe.CurrentAsync();

        await world.Opportunities.MoveToStageAsync(id, 1, world.Negotiate.Id, null, Token);

        var table = await probe.UntilAsync(t => Find(t, id).StageId == world.Negotiate.Id);
        Assert.Equal((ForecastCategory.Commit, 70), (Find(table, id).Category, Find(table, id).Probability));
        Assert.True(table.Sequence > loaded.Sequence);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Edited_NewOwnerAndAmount_FactTakesTheOwnersTeamAndTheAmount(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await PipelineWorld.CreateAsync(host);
        var id = await world.CreateAsync(amount: 100_000m);
        using var probe = FactProbe.Of(host.Get<IOpportunityFacts>());
        await probe.CurrentAsync();

        world.SignInAsAdmin();
        var edit = new OpportunityEdit(
            "MES 二期", null, world.WestRep, new DateOnly(2026, 6, 30), AmountMode.Manual, 120_000m, "CNY", null,
            null, null);
        await world.Opportunities.UpdateAsync(id, 1, edit, Token);

        var fact = Find(await probe.UntilAsync(t => Find(t, id).OwnerId == world.WestRep), id);
        var westTeam = (await host.ReloadAsync<User>(world.WestRep)).TeamId;
        Assert.Equal((westTeam, 12_000_000L), (fact.TeamId!.Value, fact.AmountBase!.Value));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Won_AfterLoad_ClosedOnTheDayAtThatDaysRate(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await PipelineWorld.CreateAsync(host);
        await SetRateAsync(world, "SGD", March1, 5.4m);
        await SetRateAsync(world, "SGD", new DateOnly(2026, 3, 2), 5.5m);
        var id = await world.CreateAsync(amount: 100m, currency: "SGD");
        using var probe = FactProbe.Of(host.Get<IOpportunityFacts>());
        await probe.CurrentAsync();

        var close = new CloseInfo("签约", March1);
        await world.Opportunities.MoveToStageAsync(id, 1, world.Pipeline.WonStage.Id, close, Token);

        // Closed on 1 March: 10,000 cents × 5.4 = 54,000 fen, not today's 5.5.
        var fact = Find(await probe.UntilAsync(t => Find(t, id).IsWon), id);
        Assert.Equal((March1, 54_000L), (fact.ClosedOn, fact.AmountBase));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Deleted_AfterLoad_FactLeavesTheTable(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await PipelineWorld.CreateAsync(host);
        var id = await world.CreateAsync();
        using var probe = FactProbe.Of(host.Get<IOpportunityFacts>());
        await probe.CurrentAsync();

        await world.Opportunities.DeleteAsync(id, 1, Token);

        await probe.UntilAsync(t => t.Rows.All(f => f.Id != id));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task DeletedEvent_NotNewerThanTheFact_IsIgnored(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await PipelineWorld.CreateAsync(host);
        var id = await world.CreateAsync();
        await world.Opportunities.MoveToStageAsync(id, 1, world.Propose.Id, null, Token);
        using var probe = FactProbe.Of(host.Get<IOpportunityFacts>());
        await probe.CurrentAsync();

        host.Get<ILiveBus>().Publish(
            [new OpportunityDeleted(id, 2, host.Now, world.Pipeline.Id, world.Propose.Id, world.EastRep)]);
        // Events are applied in order: once the marker is in, the stale deletion was seen.
        var marker = await world.CreateAsync("标记");

        var table = await probe.UntilAsync(t => t.Rows.Any(f => f.Id == marker));
        Assert.Equal(2, Find(table, id).Version);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task AccountChanged_AfterLoad_FactsTakeTheNewRegionAndDeletionRemovesThem(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await PipelineWorld.CreateAsync(host);
        var id = await world.CreateAsync();
        using var probe = FactProbe.Of(host.Get<IOpportunityFacts>());
        await probe.CurrentAsync();

        var profile = TestRecords.Profile("华东制造") with { Region = "华北", Tier = AccountTier.Strategic };
        await host.ChangeAsync<Account>(world.EastAccount, (a, at) => a.UpdateProfile(profile, at));
        await probe.UntilAsync(t => Find(t, id).Region == "华北");
        await host.ChangeAsync<Account>(world.EastAccount, (a, at) => a.Delete(at));

        await probe.UntilAsync(t => t.Rows.All(f => f.Id != id));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task ExchangeRateSet_AfterLoad_OpenAmountsConvertAtTheNewRate(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await PipelineWorld.CreateAsync(host);
        await SetRateAsync(world, "EUR", March1, 7.8m);
        var id = await world.CreateAsync(amount: 100m, currency: "EUR");
        using var probe = FactProbe.Of(host.Get<IOpportunityFacts>());
        var before = Find(await probe.CurrentAsync(), id).AmountBase;

        await SetRateAsync(world, "EUR", new DateOnly(2026, 3, 2), 7.95m);

        // 10,000 cents × 7.8 = 78,000 fen; × 7.95 from today on = 79,500 fen.
        var after = await probe.UntilAsync(t => Find(t, id).AmountBase != before);
        Assert.Equal((78_000L, 79_500L), (before!.Value, Find(after, id).AmountBase!.Value));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task PipelineChanged_StageProbabilityAndCategory_FactsFollowTheStage(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await PipelineWorld.CreateAsync(host);
        var id = await world.CreateAsync();
        using var probe = FactProbe.Of(host.Get<IOpportunityFacts>());
        await probe.CurrentAsync();

        world.SignInAsAdmin();
        var edit = new StageEdit(world.Qualify.Name, 25, ForecastCategory.BestCase);
        await world.Pipelines.UpdateStageAsync(world.Pipeline.Id, 1, world.Qualify.Id, edit, Token);

        var fact = Find(await probe.UntilAsync(t => Find(t, id).Probability == 25), id);
        Assert.Equal(ForecastCategory.BestCase, fact.Category);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task UserMovedToTeam_AfterLoad_TheirFactsTakeTheNewTeam(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await PipelineWorld.CreateAsync(host);
        var id = await world.CreateAsync();
        var north = await host.SaveNewAsync(new Team(Guid.CreateVersion7(), $"北区 {id:N}", TeamKind.Sales, "华北"));
        using var probe = FactProbe.Of(host.Get<IOpportunityFacts>());
        await probe.CurrentAsync();

        await host.ChangeAsync<User>(world.EastRep, (u, at) => u.MoveToTeam(north.Id, at));

        await probe.UntilAsync(t => Find(t, id).TeamId == north.Id);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Midnight_InTheOrganisationsZone_OpenAmountsTakeTheNewDaysRate(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await PipelineWorld.CreateAsync(host);
        var march3 = new DateOnly(2026, 3, 3);
        await SetRateAsync(world, "GBP", March1, 9.1m);
        await SetRateAsync(world, "GBP", march3, 9.25m);
        var id = await world.CreateAsync(amount: 100m, currency: "GBP");
        using var probe = FactProbe.Of(host.Get<IOpportunityFacts>());
        await probe.CurrentAsync();

        // 16:00 UTC is midnight in Shanghai: 10,000 pence × 9.25 = 92,500 fen (was × 9.1 = 91,000).
        host.Clock.Advance(TimeSpan.FromHours(7));

        var table = await probe.UntilAsync(t => t.Today == march3);
        Assert.Equal(92_500, Find(table, id).AmountBase);
    }

    private static OpportunityFact Find(FactTable<OpportunityFact> table, Guid id) =>
        table.Rows.Single(f => f.Id == id);

    private static async Task SetRateAsync(PipelineWorld world, string currency, DateOnly from, decimal rate)
    {
        world.SignInAsAdmin();
        await world.Host.Get<IExchangeRateService>().SetRateAsync(currency, from, rate, Token);
        world.SignInAsEastRep();
    }

    private static Task<int> MoveAfterAsync(
        PipelineWorld world, Guid id, int version, TimeSpan after, Stage stage)
    {
        world.Host.Clock.Advance(after);

        return world.Opportunities.MoveToStageAsync(id, version, stage.Id, null, Token);
    }
}
