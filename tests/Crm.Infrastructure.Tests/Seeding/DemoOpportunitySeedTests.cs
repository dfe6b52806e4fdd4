using Crm.Domain.Pipeline;
using Crm.Domain.Teams;
using Crm.Infrastructure.Currencies;
using Crm.Infrastructure.Seeding;
using Crm.Infrastructure.Seeding.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Infrastructure.Tests.Seeding;

/// <summary>The demo's opportunities: how many, whose, and how they are spread over the stages.</summary>
public sealed class DemoOpportunitySeedTests(DemoSeedFixture fixture) : IClassFixture<DemoSeedFixture>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static DateOnly Today => DateOnly.FromDateTime(SeedingDatabase.Now.UtcDateTime.AddHours(8));

    public static TheoryData<string> RepSignIns =>
        new(DemoSignIns.All.Where(s => s.Role == Roles.SalesRep).Select(s => s.Email));

    [Fact]
    public async Task RunAsync_EmptyDatabase_SeedsAFewThousandOpportunitiesInBothPipelines()
    {
        var perPipeline = await fixture.Database.QueryAsync(db =>
            db.Opportunities.GroupBy(o => o.PipelineId).Select(g => g.Count()).ToListAsync(Cancel));

        Assert.Equal(2, perPipeline.Count);
        Assert.InRange(perPipeline.Sum(), 2_000, 4_000);
    }

    [Fact]
    public async Task RunAsync_EmptyDatabase_FillsEveryActiveStage()
    {
        var (stages, used) = await fixture.Database.QueryAsync(async db => (
            await db.Set<Stage>().CountAsync(Cancel),
            await db.Opportunities.Select(o => o.StageId).Distinct().CountAsync(Cancel)));

        Assert.Equal(stages, used);
    }

    [Fact]
    public async Task RunAsync_EmptyDatabase_LeavesSomeOpenWonAndLost()
    {
        var statuses = await fixture.Database.QueryAsync(db =>
            db.Opportunities.GroupBy(o => o.Status).Select(g => new { g.Key, Count = g.Count() })
                .ToDictionaryAsync(g => g.Key, g => g.Count, Cancel));

        Assert.All(Enum.GetValues<OpportunityStatus>(), status => Assert.True(
            statuses.GetValueOrDefault(status) >= 300, $"{status}: {statuses.GetValueOrDefault(status)}"));
    }

    [Theory]
    [MemberData(nameof(RepSignIns))]
    public async Task RunAsync_EmptyDatabase_GivesEveryDocumentedRepADozenOpenOpportunities(string email)
    {
        var open = await fixture.Database.QueryAsync(db =>
            (from o in db.Opportunities
             join u in db.CrmUsers on o.OwnerId equals u.Id
             where u.Email == email && o.Status == OpportunityStatus.Open
             select o).CountAsync(Cancel));

        Assert.True(open >= 12, $"{email} has {open} open opportunities.");
    }

    [Fact]
    public async Task RunAsync_EmptyDatabase_ExpectsMostOpenOpportunitiesToCloseLaterAndSomeAreOverdue()
    {
        var closes = await fixture.Database.QueryAsync(db => db.Opportunities
            .Where(o => o.Status == OpportunityStatus.Open).Select(o => o.ExpectedCloseDate).ToListAsync(Cancel));

        var overdue = closes.Count(d => d < Today);
        Assert.InRange(overdue, closes.Count / 20, closes.Count / 3);
    }

    [Fact]
    public async Task RunAsync_EmptyDatabase_SetsAmountsInYuanMostlyAndInDollarsForKeyAccounts()
    {
        var keyAccounts = DemoRoster.TeamId(DemoRoster.KeyAccounts);

        var currencies = await fixture.Database.QueryAsync(db =>
            (from o in db.Opportunities
             join u in db.CrmUsers on o.OwnerId equals u.Id
             select new { o.Currency, KeyAccounts = u.TeamId == keyAccounts }).ToListAsync(Cancel));

        Assert.True(currencies.Count(c => c.Currency == "CNY") > currencies.Count * 0.75);
        Assert.True(currencies.Count(c => c.Currency == "USD" && c.KeyAccounts) >= 30);
    }

    [Fact]
    public async Task RunAsync_EmptyDatabase_ConvertsEveryAmountToTheBaseCurrency()
    {
        await using var scope = fixture.Database.Services.CreateAsyncScope();
        var converter = await scope.ServiceProvider.GetRequiredService<ICurrencyConversion>().LoadAsync(Cancel);

        var opportunities = await fixture.Database.QueryAsync(db => db.Opportunities.ToListAsync(Cancel));

        Assert.All(opportunities, o => Assert.NotNull(converter.TryToBase(o.Amount, o.ClosedOn)));
    }

    [Fact]
    public async Task RunAsync_EmptyDatabase_QuotesAShareWithLineItemsThatMakeTheirAmount()
    {
        var quoted = await fixture.Database.QueryAsync(db =>
            db.Opportunities.Where(o => o.AmountMode == AmountMode.LineItems).ToListAsync(Cancel));

        Assert.True(quoted.Count >= 300, $"{quoted.Count} opportunities follow their line items.");
        Assert.All(quoted, o => Assert.Equal(o.Lines.Sum(l => l.TotalMinorUnits), o.AmountMinorUnits));
    }

    [Fact]
    public async Task RunAsync_EmptyDatabase_PutsLinesOnlyOnActiveProductsInTheOpportunitysCurrency()
    {
        var lines = await fixture.Database.QueryAsync(db =>
            (from o in db.Opportunities
             from l in o.Lines
             join p in db.Products on l.ProductId equals p.Id
             select new { Same = l.Currency == o.Currency && p.Currency == o.Currency, p.IsActive })
                .ToListAsync(Cancel));

        Assert.All(lines, l => Assert.True(l.Same && l.IsActive));
    }
}
