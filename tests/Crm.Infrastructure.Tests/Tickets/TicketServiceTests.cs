using Crm.Domain.Common;
using Crm.Domain.Tickets;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Tests.Common;
using Crm.Infrastructure.Tickets;

namespace Crm.Infrastructure.Tests.Tickets;

/// <summary>Working a ticket: replies, notes, status, taking it, and the version the agent loaded.</summary>
public sealed class TicketServiceTests(MigratedDatabases databases) : IClassFixture<MigratedDatabases>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task ReplyAsync_StaleVersion_ThrowsConflictAndSavesNothing(DatabaseProvider provider)
    {
        var (host, world) = await StartAsync(provider);
        await using var _ = host;
        var ticket = await world.OpenAsync(assigneeId: world.Xu);
        var loaded = await world.ViewAsync(ticket);
        world.SignInAsXu();
        await world.Tickets.AddNoteAsync(ticket.Id, loaded.Version, "先查防火墙日志", Ct);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(
            () => world.Tickets.ReplyAsync(ticket.Id, loaded.Version, "您好，正在处理", Ct));

        Assert.Equal(1, (await host.ReloadAsync<Ticket>(ticket.Id)).MessageCount);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task ReplyAsync_FirstReply_SetsFirstRespondedAtAndOpens(DatabaseProvider provider)
    {
        var (host, world) = await StartAsync(provider);
        await using var _ = host;
        var ticket = await world.OpenAsync(assigneeId: world.Xu);
        world.SignInAsXu();

        await world.Tickets.ReplyAsync(ticket.Id, 1, "您好，我们正在排查。", Ct);

        var saved = await host.ReloadAsync<Ticket>(ticket.Id);
        Assert.Equal((host.Now, TicketStatus.Open), (saved.FirstRespondedAt, saved.Status));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task HistoryAsync_SeveralChanges_IsCompleteAndChained(DatabaseProvider provider)
    {
        var (host, world) = await StartAsync(provider);
        await using var _ = host;
        var ticket = await world.OpenAsync(assigneeId: world.Xu);
        world.SignInAsXu();
        var steps = new[] { TicketStatus.Open, TicketStatus.PendingCustomer, TicketStatus.OnHold,
            TicketStatus.Resolved, TicketStatus.Open, TicketStatus.Resolved, TicketStatus.Closed };

        for (var i = 0; i < steps.Length; i++)
        {
            host.Clock.Advance(TimeSpan.FromHours(1));
            await world.Tickets.ChangeStatusAsync(ticket.Id, i + 1, steps[i], Ct);
        }

        var history = await world.Tickets.HistoryAsync(ticket.Id, Ct);
        Assert.Equal([TicketStatus.New, .. steps], history.Select(h => h.To));
        Assert.True(history.Skip(1).Zip(history).All(p => p.First.From == p.Second.To && p.First.At > p.Second.At));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task TakeAsync_QueuedTicket_AssignsTheAgentAndPublishesIt(DatabaseProvider provider)
    {
        var (host, world) = await StartAsync(provider);
        await using var _ = host;
        var ticket = await world.OpenAsync();
        world.SignInAsWang();

        await world.Tickets.TakeAsync(ticket.Id, 1, Ct);

        var assigned = Assert.Single(host.Bus.PublishedFor(ticket.Id).OfType<TicketAssigned>());
        Assert.Equal((world.Wang, world.Wang, 2), (assigned.AssigneeId, assigned.ById, assigned.Version));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task AssignAsync_AgentOfAnotherTeam_ThrowsNamingTheAssignee(DatabaseProvider provider)
    {
        var (host, world) = await StartAsync(provider);
        await using var _ = host;
        var ticket = await world.OpenAsync();
        world.SignInAsLead();

        var error = await Assert.ThrowsAsync<DomainException>(
            () => world.Tickets.AssignAsync(ticket.Id, 1, world.Zhao, Ct));

        Assert.Equal("Assignee.invalid", error.Code);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task ConversationAsync_Pages_AreInOrderWithAuthors(DatabaseProvider provider)
    {
        var (host, world) = await StartAsync(provider);
        await using var _ = host;
        var ticket = await world.OpenAsync(assigneeId: world.Xu);
        world.SignInAsXu();
        for (var i = 1; i <= 3; i++)
        {
            await world.Tickets.AddNoteAsync(ticket.Id, i, $"记录 {i}", Ct);
        }

        var second = await world.Tickets.ConversationAsync(ticket.Id, 1, 2, Ct);

        Assert.Equal(3, second.TotalCount);
        Assert.Equal(("记录 3", "许静"), (Assert.Single(second.Items).Body, second.Items[0].AuthorName));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task SearchAsync_MineAndTeamQueue_SplitAssignedFromWaiting(DatabaseProvider provider)
    {
        var (host, world) = await StartAsync(provider);
        await using var _ = host;
        var mine = await world.OpenAsync("打印机卡纸", world.Xu);
        var waiting = await world.OpenAsync("邮箱收不到邮件");
        world.SignInAsXu();

        var own = await world.Tickets.SearchAsync(new TicketQuery { Scope = TicketListScope.Mine }, Ct);
        var queue = await world.Tickets.SearchAsync(new TicketQuery { Scope = TicketListScope.TeamQueue }, Ct);

        Assert.Equal([mine.Id], own.Items.Select(t => t.Id));
        Assert.Equal([waiting.Id], queue.Items.Select(t => t.Id));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task SearchAsync_ByNumber_FindsThatTicket(DatabaseProvider provider)
    {
        var (host, world) = await StartAsync(provider);
        await using var _ = host;
        await world.OpenAsync("打印机卡纸");
        var wanted = await world.OpenAsync("邮箱收不到邮件");
        world.SignInAsLead();

        var found = await world.Tickets.SearchAsync(
            new TicketQuery { Search = TicketNumbers.Format(wanted.Number) }, Ct);

        Assert.Equal([wanted.Id], found.Items.Select(t => t.Id));
    }

    private async Task<(CrmTestHost Host, TicketWorld World)> StartAsync(DatabaseProvider provider)
    {
        var host = await databases.StartHostAsync(provider);

        return (host, await TicketWorld.CreateAsync(host));
    }
}
