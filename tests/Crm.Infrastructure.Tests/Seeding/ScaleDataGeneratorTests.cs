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
