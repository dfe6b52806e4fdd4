using Crm.Domain.Pipeline;
using Crm.Infrastructure.Seeding.Demo;
using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Tests.Seeding;

/// <summary>The demo's pipelines, price list and exchange rates.</summary>
public sealed class DemoPipelineSeedTests(DemoSeedFixture fixture) : IClassFixture<DemoSeedFixture>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RunAsync_EmptyDatabase_SeedsNewBusinessThenRenewals()
    {
        var names = await fixture.Database.QueryAsync(db =>
            db.Pipelines.OrderBy(p => p.Name).Select(p => p.Name).ToListAsync(Cancel));

        Assert.Equal([DemoPipelines.NewBusinessName, DemoPipelines.RenewalsName], names.Order());
    }

    [Fact]
    public async Task RunAsync_EmptyDatabase_GivesNewBusinessItsStagesInOrderWithProbabilities()
    {
        var pipeline = await fixture.Database.QueryAsync(db =>
            db.Pipelines.SingleAsync(p => p.Name == DemoPipelines.NewBusinessName, Cancel));

        Assert.Equal(
            ["线索确认 10", "需求分析 25", "方案报价 50", "商务谈判 75", "赢单 100", "输单 0"],
            pipeline.Stages.Select(s => $"{s.Name} {s.DefaultProbability}"));
    }

    [Fact]
    public async Task RunAsync_EmptyDatabase_SeedsAboutTwentyProductsMostlyInYuan()
    {
        var products = await fixture.Database.QueryAsync(db => db.Products.ToListAsync(Cancel));

        Assert.InRange(products.Count, 18, 25);
        Assert.InRange(products.Count(p => p.Currency == "USD"), 2, 5);
        Assert.Contains(products, p => !p.IsActive);
    }

    [Fact]
    public async Task RunAsync_EmptyDatabase_SetsAMonthlyRateForEachCurrencyOverEighteenMonths()
    {
        var today = DateOnly.FromDateTime(SeedingDatabase.Now.UtcDateTime);

        var rates = await fixture.Database.QueryAsync(db => db.ExchangeRates.ToListAsync(Cancel));

        Assert.Equal(["EUR", "HKD", "JPY", "USD"], rates.Select(r => r.Currency).Distinct().Order());
        Assert.All(rates.GroupBy(r => r.Currency), g => Assert.True(
            g.Count() >= 18 && g.Min(r => r.EffectiveDate) <= today.AddMonths(-18), $"{g.Key}: {g.Count()} rates"));
    }

    [Fact]
    public async Task RunAsync_EmptyDatabase_KeepsRatesPlausible()
    {
        var usd = await fixture.Database.QueryAsync(db =>
            db.ExchangeRates.Where(r => r.Currency == "USD").Select(r => r.Rate).ToListAsync(Cancel));

        Assert.All(usd, rate => Assert.InRange(rate, 6.6m, 7.8m));
    }

    [Fact]
    public async Task RunAsync_EmptyDatabase_SeedsRenewalsWithTheirOwnShorterStages()
    {
        var pipeline = await fixture.Database.QueryAsync(db =>
            db.Pipelines.SingleAsync(p => p.Name == DemoPipelines.RenewalsName, Cancel));

        Assert.Equal(3, pipeline.Stages.Count(s => s.IsOpen));
        Assert.Equal(ForecastCategory.Commit, pipeline.Stages.Where(s => s.IsOpen).Last().Category);
    }
}
