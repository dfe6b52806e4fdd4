using Crm.Domain.Tickets;
using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Tests.Seeding;

/// <summary>
/// The seeded tickets agree with themselves: numbered in the order they were opened, every
/// status history complete and ending where the ticket stands, first responses and resolutions
/// where the conversation and history put them, and the counter past the last number.
/// </summary>
public sealed class DemoTicketSeedTests(DemoSeedFixture fixture) : IClassFixture<DemoSeedFixture>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RunAsync_EmptyDatabase_NumbersTicketsInTheOrderTheyOpened()
    {
        var tickets = await TicketsAsync();

        var numbers = tickets.OrderBy(t => t.OpenedAt).ThenBy(t => t.Number).Select(t => t.Number).ToList();
        Assert.Equal(Enumerable.Range(TicketNumbers.First, tickets.Count), numbers);
    }

    [Fact]
    public async Task RunAsync_EmptyDatabase_EndsEveryStatusHistoryInTheCurrentStatus()
    {
        var tickets = await TicketsAsync();
        var histories = await HistoriesAsync();

        Assert.All(tickets, t => Assert.Equal(
            (t.Status, t.StatusChangeCount), (histories[t.Id][^1].ToStatus, histories[t.Id].Count)));
    }

    [Fact]
    public async Task RunAsync_EmptyDatabase_ChainsEveryStatusChange()
    {
        var histories = await HistoriesAsync();

        Assert.All(histories.Values, h => Assert.All(h.Skip(1), (change, i) => Assert.True(
            change.FromStatus == h[i].ToStatus && change.At >= h[i].At && change.Sequence == i + 2)));
    }

    [Fact]
    public async Task RunAsync_EmptyDatabase_ResolvedAndClosedTicketsHaveTheirMoments()
    {
        var tickets = await TicketsAsync();

        var done = tickets.Where(t => t.Status is TicketStatus.Resolved or TicketStatus.Closed).ToList();
        Assert.True(done.Count > tickets.Count / 2);
        Assert.All(done, t => Assert.True(t.ResolvedAt >= t.FirstRespondedAt && t.FirstRespondedAt > t.OpenedAt));
    }

    [Fact]
    public async Task RunAsync_EmptyDatabase_LeavesSomeRecentTicketsWaitingInTheirQueue()
    {
        var tickets = await TicketsAsync();

        Assert.Contains(tickets, t => t.AssigneeId is null && t.Status == TicketStatus.New);
    }

    [Fact]
    public async Task RunAsync_EmptyDatabase_MovesTheCounterPastTheLastNumber()
    {
        var last = await fixture.Database.QueryAsync(db => db.Tickets.MaxAsync(t => t.Number, Cancel));
        var counter = await fixture.Database.QueryAsync(db =>
            db.Database.SqlQueryRaw<int>("SELECT \"Last\" AS \"Value\" FROM \"TicketNumberCounter\"")
                .SingleAsync(Cancel));

        Assert.Equal(last, counter);
    }

    private Task<List<Ticket>> TicketsAsync() =>
        fixture.Database.QueryAsync(db => db.Tickets.AsNoTracking().ToListAsync(Cancel));

    private Task<Dictionary<Guid, List<TicketStatusChange>>> HistoriesAsync() =>
        fixture.Database.QueryAsync(async db => (await db.TicketStatusChanges.AsNoTracking().ToListAsync(Cancel))
            .GroupBy(c => c.TicketId)
            .ToDictionary(g => g.Key, g => g.OrderBy(c => c.Sequence).ToList()));
}
