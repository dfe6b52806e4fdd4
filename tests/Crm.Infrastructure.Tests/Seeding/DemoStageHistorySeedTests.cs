using Crm.Domain.Pipeline;
using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Tests.Seeding;

/// <summary>
/// Every seeded opportunity's stage history is whole and agrees with the opportunity, so
/// analytics on the demo (time in stage, sales cycles, conversion) give true answers.
/// </summary>
public sealed class DemoStageHistorySeedTests(DemoSeedFixture fixture) : IClassFixture<DemoSeedFixture>
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RunAsync_EmptyDatabase_StartsEveryHistoryWithACreationEntry()
    {
        var histories = await HistoriesAsync();

        Assert.All(histories.Values, h => Assert.True(
            h[0].Sequence == 1 && h[0].FromStageId is null && h[0].TimeInPreviousStage is null));
    }

    [Fact]
    public async Task RunAsync_EmptyDatabase_ChainsEveryMoveFromTheStageBefore()
    {
        var histories = await HistoriesAsync();

        Assert.All(histories.Values, h => Assert.All(h.Skip(1), (change, i) => Assert.True(
            change.Sequence == i + 2 && change.FromStageId == h[i].ToStageId && change.MovedAt > h[i].MovedAt)));
    }

    [Fact]
    public async Task RunAsync_EmptyDatabase_EndsEveryHistoryInTheCurrentStage()
    {
        var (opportunities, histories) = await OpportunitiesAndHistoriesAsync();

        Assert.All(opportunities, o => Assert.Equal(
            (o.StageId, o.StageEnteredAt, o.StageChangeCount),
            (histories[o.Id][^1].ToStageId, histories[o.Id][^1].MovedAt, histories[o.Id].Count)));
    }

    [Fact]
    public async Task RunAsync_EmptyDatabase_TimesInStageAddUpToTheAgeOfTheCurrentStage()
    {
        var (opportunities, histories) = await OpportunitiesAndHistoriesAsync();

        Assert.All(opportunities, o =>
        {
            var history = histories[o.Id];
            var spent = history.Skip(1).Aggregate(TimeSpan.Zero, (sum, c) => sum + c.TimeInPreviousStage!.Value);
            Assert.Equal(o.StageEnteredAt - history[0].MovedAt, spent);
        });
    }

    [Fact]
    public async Task RunAsync_EmptyDatabase_DatesEveryMoveWithinThePastEighteenMonths()
    {
        var now = SeedingDatabase.Now.UtcDateTime;

        var moved = await fixture.Database.QueryAsync(db =>
            db.StageChanges.Select(c => c.MovedAt).ToListAsync(Cancel));

        Assert.InRange(moved.Min(), now.AddDays(-550), now.AddDays(-400));
        Assert.InRange(moved.Max(), now.AddDays(-7), now);
    }

    [Fact]
    public async Task RunAsync_EmptyDatabase_ClosesWonAndLostOnTheDayOfTheirLastMoveWithAReason()
    {
        var closed = await fixture.Database.QueryAsync(db =>
            db.Opportunities.Where(o => o.Status != OpportunityStatus.Open).ToListAsync(Cancel));

        Assert.All(closed, o => Assert.True(
            !string.IsNullOrWhiteSpace(o.CloseReason) && o.ClosedOn == ShanghaiDay(o.StageEnteredAt)
            && o.ExpectedCloseDate == o.ClosedOn));
    }

    [Fact]
    public async Task RunAsync_EmptyDatabase_LeavesOpenOpportunitiesWithoutCloseReasonOrDay()
    {
        var open = await fixture.Database.QueryAsync(db =>
            db.Opportunities.Where(o => o.Status == OpportunityStatus.Open).ToListAsync(Cancel));

        Assert.All(open, o => Assert.True(o.CloseReason is null && o.ClosedOn is null));
    }

    [Fact]
    public async Task RunAsync_EmptyDatabase_GivesEveryOpportunityTheStatusOfItsStage()
    {
        var pairs = await fixture.Database.QueryAsync(db =>
            (from o in db.Opportunities
             join s in db.Set<Stage>() on o.StageId equals s.Id
             select new { o.Status, s.Outcome }).ToListAsync(Cancel));

        Assert.All(pairs, p => Assert.Equal((int)p.Outcome, (int)p.Status));
    }

    private static DateOnly ShanghaiDay(DateTime utc) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(utc, Shanghai));

    private Task<Dictionary<Guid, List<StageChange>>> HistoriesAsync() =>
        fixture.Database.QueryAsync(async db => (await db.StageChanges.AsNoTracking().ToListAsync(Cancel))
            .GroupBy(c => c.OpportunityId)
            .ToDictionary(g => g.Key, g => g.OrderBy(c => c.Sequence).ToList()));

    private async Task<(List<Opportunity>, Dictionary<Guid, List<StageChange>>)> OpportunitiesAndHistoriesAsync()
    {
        var opportunities = await fixture.Database.QueryAsync(db =>
            db.Opportunities.AsNoTracking().IgnoreAutoIncludes().ToListAsync(Cancel));

        return (opportunities, await HistoriesAsync());
    }
}
