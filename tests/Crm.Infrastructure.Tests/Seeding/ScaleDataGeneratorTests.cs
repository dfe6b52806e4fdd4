using Crm.Infrastructure.Seeding;
using Crm.Infrastructure.Seeding.Scale;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Infrastructure.Tests.Seeding;

public sealed class ScaleDataGeneratorTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GenerateAsync_RunAgainWithLargerTotals_ContinuesToTheNewTotalsWithoutDuplicates()
    {
        await using var database = await SeedingDatabase.OpenAsync(demo: false);
        await GenerateAsync(database, new GenerationRequest(300, 900, BatchSize: 128));

        await GenerateAsync(database, new GenerationRequest(500, 1500, BatchSize: 128));

        var counts = await CountsAsync(database);
        Assert.Equal((500, ExpectedContacts(500), 1500), counts);
    }

    [Fact]
    public async Task GenerateAsync_SameTotalsTwice_WritesNothingTheSecondTime()
    {
        await using var database = await SeedingDatabase.OpenAsync(demo: false);
        await GenerateAsync(database, new GenerationRequest(200, 400));

        var second = await GenerateAsync(database, new GenerationRequest(200, 400));

        Assert.Equal(0, second.RowsWritten);
        Assert.Equal((200, ExpectedContacts(200), 400), await CountsAsync(database));
    }

    [Fact]
    public async Task GenerateAsync_SmallerTotalsThanExist_WritesNothing()
    {
        await using var database = await SeedingDatabase.OpenAsync(demo: false);
        await GenerateAsync(database, new GenerationRequest(300, 600));

        var second = await GenerateAsync(database, new GenerationRequest(100, 200));

        Assert.Equal(0, second.RowsWritten);
    }

    [Fact]
    public async Task GenerateAsync_FreshDatabase_ReportsProgressUpToEachTarget()
    {
        await using var database = await SeedingDatabase.OpenAsync(demo: false);
        var progress = new ProgressLog();

        await GenerateAsync(database, new GenerationRequest(250, 500, BatchSize: 100), progress);

        var last = progress.Reports.GroupBy(p => p.Stage).Select(g => g.Last()).ToList();
        Assert.Equal(
            [(GenerationStage.Accounts, 250, 250), (GenerationStage.Activities, 500, 500)],
            last.Select(p => (p.Stage, p.Done, p.Target)));
        Assert.Equal(250 + ExpectedContacts(250) + 500, progress.Reports[^1].RowsWritten);
    }

    [Fact]
    public async Task GenerateAsync_FreshDatabase_LogsRowsPerSecondForEachStage()
    {
        await using var database = await SeedingDatabase.OpenAsync(demo: false);

        await GenerateAsync(database, new GenerationRequest(100, 200));

        var finished = database.Logs.Entries.Where(e => e.EventId == 1311).Select(e => e.Message).ToList();
        Assert.Equal(2, finished.Count);
        Assert.All(finished, message => Assert.Contains("rows/s", message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task GenerateAsync_DatabaseWithoutSalesUsers_CreatesGeneratedOwnersAndUsesThem()
    {
        await using var database = await SeedingDatabase.OpenAsync(demo: false);

        await GenerateAsync(database, new GenerationRequest(100, 0));

        var unknownOwners = await database.QueryAsync(db =>
            db.Accounts.Where(a => !db.CrmUsers.Any(u => u.Id == a.OwnerId)).CountAsync(Cancel));
        var users = await database.QueryAsync(db => db.CrmUsers.CountAsync(Cancel));
        Assert.Equal((0, ScaleOwners.GeneratedCount), (unknownOwners, users));
    }

    [Fact]
    public async Task GenerateAsync_FreshDatabase_WritesNothingToTheOutbox()
    {
        await using var database = await SeedingDatabase.OpenAsync(demo: false);

        await GenerateAsync(database, new GenerationRequest(100, 300));

        Assert.Equal(0, await database.QueryAsync(db => db.Outbox.CountAsync(Cancel)));
    }

    [Fact]
    public async Task GenerateAsync_MoreOpportunitiesAsked_ContinuesToTheNewTotalWithoutDuplicates()
    {
        await using var database = await SeedingDatabase.OpenAsync(demo: false);
        await GenerateAsync(database, new GenerationRequest(100, 0, BatchSize: 64, Opportunities: 150));

        await GenerateAsync(database, new GenerationRequest(100, 0, BatchSize: 64, Opportunities: 400));

        var (opportunities, distinctIds) = await database.QueryAsync(async db => (
            await db.Opportunities.CountAsync(Cancel),
            await db.Opportunities.Select(o => o.Id).Distinct().CountAsync(Cancel)));
        Assert.Equal((400, 400), (opportunities, distinctIds));
    }

    [Fact]
    public async Task GenerateAsync_SameOpportunityTotalTwice_WritesNothingTheSecondTime()
    {
        await using var database = await SeedingDatabase.OpenAsync(demo: false);
        await GenerateAsync(database, new GenerationRequest(50, 0, Opportunities: 120));

        var second = await GenerateAsync(database, new GenerationRequest(50, 0, Opportunities: 120));

        Assert.Equal(0, second.RowsWritten);
    }

    [Fact]
    public async Task GenerateAsync_Opportunities_WritesEachWithItsWholeStageHistory()
    {
        await using var database = await SeedingDatabase.OpenAsync(demo: false);

        var result = await GenerateAsync(database, new GenerationRequest(80, 0, BatchSize: 50, Opportunities: 300));

        var (expected, written, lastMatches) = await database.QueryAsync(async db => (
            await db.Opportunities.SumAsync(o => o.StageChangeCount, Cancel),
            await db.StageChanges.CountAsync(Cancel),
            await db.Opportunities.CountAsync(
                o => db.StageChanges.Any(c => c.OpportunityId == o.Id && c.Sequence == o.StageChangeCount
                    && c.ToStageId == o.StageId && c.MovedAt == o.StageEnteredAt), Cancel)));
        Assert.Equal((expected, 300), (written, lastMatches));
        Assert.Equal(expected, result.HistoryRowsWritten);
    }

    [Fact]
    public async Task GenerateAsync_DatabaseWithoutPipelines_CreatesOneAndFillsItsStages()
    {
        await using var database = await SeedingDatabase.OpenAsync(demo: false);

        await GenerateAsync(database, new GenerationRequest(60, 0, Opportunities: 400));

        var (pipelines, stagesUsed) = await database.QueryAsync(async db => (
            await db.Pipelines.CountAsync(Cancel),
            await db.Opportunities.Select(o => o.StageId).Distinct().CountAsync(Cancel)));
        Assert.Equal((1, 6), (pipelines, stagesUsed));
    }

    [Fact]
    public async Task GenerateAsync_Opportunities_PutsThemOnGeneratedAccountsOwnedByKnownUsers()
    {
        await using var database = await SeedingDatabase.OpenAsync(demo: false);

        await GenerateAsync(database, new GenerationRequest(40, 0, Opportunities: 100));

        var orphans = await database.QueryAsync(db => db.Opportunities.CountAsync(
            o => !db.Accounts.Any(a => a.Id == o.AccountId) || !db.CrmUsers.Any(u => u.Id == o.OwnerId), Cancel));
        Assert.Equal(0, orphans);
    }

    [Fact]
    public async Task GenerateAsync_Opportunities_ReportsProgressUpToTheTarget()
    {
        await using var database = await SeedingDatabase.OpenAsync(demo: false);
        var progress = new ProgressLog();

        await GenerateAsync(database, new GenerationRequest(30, 0, BatchSize: 40, Opportunities: 90), progress);

        var last = progress.Reports.Last(p => p.Stage == GenerationStage.Opportunities);
        Assert.Equal((90, 90), (last.Done, last.Target));
    }

    private static async Task<GenerationResult> GenerateAsync(
        SeedingDatabase database, GenerationRequest request, IProgress<GenerationProgress>? progress = null)
    {
        await using var scope = database.Services.CreateAsyncScope();
        var generator = scope.ServiceProvider.GetRequiredService<ScaleDataGenerator>();

        return await generator.GenerateAsync(request, progress, Cancel);
    }

    private static Task<(int Accounts, int Contacts, int Activities)> CountsAsync(SeedingDatabase database) =>
        database.QueryAsync(async db => (
            await db.Accounts.CountAsync(Cancel),
            await db.Contacts.CountAsync(Cancel),
            await db.Activities.CountAsync(Cancel)));

    private static int ExpectedContacts(int accounts) =>
        Enumerable.Range(0, accounts).Sum(i => AccountShape.Of(i).Contacts);
}
