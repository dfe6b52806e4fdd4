using Crm.Domain.Tickets;
using Crm.Infrastructure.Seeding;
using Crm.Infrastructure.Seeding.Scale;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Infrastructure.Tests.Seeding;

/// <summary>Generated tickets: resumable, uniquely numbered, each with its whole status history.</summary>
public sealed class ScaleTicketGeneratorTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GenerateAsync_MoreTicketsAsked_ContinuesWithNewNumbersAndNoDuplicates()
    {
        await using var database = await SeedingDatabase.OpenAsync(demo: false);
        await GenerateAsync(database, new GenerationRequest(60, 0, BatchSize: 40, Tickets: 90));

        await GenerateAsync(database, new GenerationRequest(60, 0, BatchSize: 40, Tickets: 200));

        var (tickets, numbers) = await database.QueryAsync(async db => (
            await db.Tickets.CountAsync(Cancel), await db.Tickets.Select(t => t.Number).Distinct().CountAsync(Cancel)));
        Assert.Equal((200, 200), (tickets, numbers));
    }

    [Fact]
    public async Task GenerateAsync_Tickets_WritesEachWithItsWholeStatusHistory()
    {
        await using var database = await SeedingDatabase.OpenAsync(demo: false);

        var result = await GenerateAsync(database, new GenerationRequest(50, 0, BatchSize: 30, Tickets: 120));

        var (expected, lastMatches) = await database.QueryAsync(async db => (
            await db.Tickets.SumAsync(t => t.StatusChangeCount + t.MessageCount, Cancel),
            await db.Tickets.CountAsync(t => db.TicketStatusChanges.Any(
                c => c.TicketId == t.Id && c.Sequence == t.StatusChangeCount && c.ToStatus == t.Status), Cancel)));
        Assert.Equal((expected, 120), (result.TicketRowsWritten, lastMatches));
    }

    [Fact]
    public async Task GenerateAsync_Tickets_MovesTheCounterPastTheirNumbers()
    {
        await using var database = await SeedingDatabase.OpenAsync(demo: false);
        await GenerateAsync(database, new GenerationRequest(20, 0, Tickets: 30));

        var last = await database.QueryAsync(db => db.Tickets.MaxAsync(t => t.Number, Cancel));

        Assert.Equal(TicketNumbers.First + 29, last);
    }

    private static async Task<GenerationResult> GenerateAsync(SeedingDatabase database, GenerationRequest request)
    {
        await using var scope = database.Services.CreateAsyncScope();

        return await scope.ServiceProvider.GetRequiredService<ScaleDataGenerator>()
            .GenerateAsync(request, null, Cancel);
    }
}
