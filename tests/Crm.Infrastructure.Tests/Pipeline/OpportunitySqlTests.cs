using Crm.Domain.Currencies;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Pipeline;
using Crm.Infrastructure.Tests.Common;
using Crm.Infrastructure.Visibility;
using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Tests.Pipeline;

/// <summary>
/// The board and list queries run in the database on SQLite: filters, order, paging and sums
/// appear in the SQL sent, and EF logs no warning (client evaluation, query filter pitfalls).
/// SQLite is where this breaks first: it cannot compare or order decimals or date-time offsets.
/// </summary>
public sealed class OpportunitySqlTests(MigratedDatabases databases) : IClassFixture<MigratedDatabases>
{
    private static readonly DateOnly Today = new(2026, 3, 2);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task BoardCards_OnSqlite_FilterAndOrderInSql()
    {
        var (world, logged) = await StartAsync();
        await using var _ = logged;

        var ordered = Board(world, logged.Db).OrderBy(o => o.ExpectedCloseDate).ThenBy(o => o.Id);

        var cards = await OpportunityData.Project(logged.Db, ordered).ToListAsync(Token);

        var sql = Assert.Single(logged.Commands);
        Assert.Equal(["一期", "二期"], cards.Select(c => c.Name).Order());
        Assert.Matches("""WHERE [^\n]*"o"\."ExpectedCloseDate" >= @\w+ AND "o"\."ExpectedCloseDate" <= @\w+""", sql);
        Assert.Contains("""ORDER BY "o"."ExpectedCloseDate", "o"."Id""", sql);
    }

    [Fact]
    public async Task BoardTotals_OnSqlite_GroupAndSumInSql()
    {
        var (world, logged) = await StartAsync();
        await using var _ = logged;

        var (totals, _) = await BoardTotals.ComputeAsync(
            logged.Db, Board(world, logged.Db), new CurrencyConverter("CNY", Today, []), Token);

        var sql = Assert.Single(logged.Commands);
        Assert.Equal(3_000_000, Assert.Single(totals).AmountInBase.MinorUnits);
        Assert.Contains(
            """SUM("o"."AmountMinorUnits" * CAST(COALESCE("o"."ProbabilityOverride", "p"."DefaultProbability")""", sql);
        Assert.Contains("""GROUP BY "o"."StageId", "o"."Currency", "o"."ClosedOn""", sql);
    }

    [Fact]
    public async Task ListOrderedByAmount_OnSqlite_OrdersByBaseAmountInSqlAndPages()
    {
        var (world, logged) = await StartAsync();
        await using var _ = logged;
        var converter = new CurrencyConverter("CNY", Today, [new RatePoint("USD", Today, 7.2m)]);
        var query = new OpportunityQuery(PipelineId: world.Pipeline.Id, Sort: OpportunitySort.Amount, PageSize: 1);

        var page = await OpportunityFilters.Order(logged.Db, Visible(world, logged.Db), query, converter)
            .Skip(1).Take(1).Select(o => o.Name).ToListAsync(Token);

        var sql = Assert.Single(logged.Commands);
        Assert.Equal(["美元单"], page);
        Assert.Matches("""ORDER BY CAST\("o"\."AmountMinorUnits" AS REAL\) \* CASE""", sql);
        Assert.Contains("LIMIT @", sql);
    }

    [Fact]
    public async Task BoardQueries_OnSqlite_LogNoWarnings()
    {
        var (world, logged) = await StartAsync();
        await using var _ = logged;

        await OpportunityData.Project(logged.Db, Board(world, logged.Db)).ToListAsync(Token);
        var converter = new CurrencyConverter("CNY", Today, []);
        await BoardTotals.ComputeAsync(logged.Db, Board(world, logged.Db), converter, Token);

        Assert.Empty(logged.Problems);
    }

    // Two open opportunities of the east rep in the board's period and two outside it: ¥10,000,
    // ¥20,000, ¥99,000 and $2,000 (¥14,400 at 7.2).
    private async Task<(PipelineWorld World, LoggedContext Logged)> StartAsync()
    {
        await using var host = await databases.StartHostAsync(DatabaseProvider.Sqlite);
        var world = await PipelineWorld.CreateAsync(host);
        await world.CreateAsync("二期", 20_000m, expectedClose: new DateOnly(2026, 5, 20));
        await world.CreateAsync("一期", 10_000m, expectedClose: new DateOnly(2026, 4, 10));
        await world.CreateAsync("三期", 99_000m, expectedClose: new DateOnly(2026, 9, 1));
        await world.CreateAsync("美元单", 2_000m, "USD", expectedClose: new DateOnly(2026, 9, 1));

        return (world, LoggedContext.Sqlite(await databases.ConnectionStringAsync(DatabaseProvider.Sqlite)));
    }

    private static IQueryable<Domain.Pipeline.Opportunity> Visible(PipelineWorld world, CrmDbContext db) =>
        new OpportunityVisibility().Opportunities(
            db, new OpportunityAccess(new VisibilityScope(false, [world.EastRep]), true));

    private static IQueryable<Domain.Pipeline.Opportunity> Board(PipelineWorld world, CrmDbContext db) =>
        OpportunityFilters.Apply(db, Visible(world, db), world.Pipeline.Id, new BoardFilter(
            ExpectedCloseFrom: new DateOnly(2026, 4, 1), ExpectedCloseTo: new DateOnly(2026, 6, 30),
            ClosedSince: new DateOnly(2026, 1, 1)));
}
