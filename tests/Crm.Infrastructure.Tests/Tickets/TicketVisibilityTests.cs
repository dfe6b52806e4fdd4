using Crm.Infrastructure.Common;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Tests.Common;
using Crm.Infrastructure.Tickets;

namespace Crm.Infrastructure.Tests.Tickets;

/// <summary>
/// Who sees which ticket: agents their team's queues, leads their teams, sales the tickets of the
/// accounts they see, read-only.
/// </summary>
public sealed class TicketVisibilityTests(MigratedDatabases databases) : IClassFixture<MigratedDatabases>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task GetAsync_AgentOfAnotherTeam_IsNotFound(DatabaseProvider provider)
    {
        var (host, world) = await StartAsync(provider);
        await using var _ = host;
        var ticket = await world.OpenAsync();
        world.SignInAsZhao();

        await Assert.ThrowsAsync<NotFoundException>(() => world.Tickets.GetAsync(ticket.Number, Ct));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task GetAsync_RepOwningTheAccount_ReadsItWithoutWorkingIt(DatabaseProvider provider)
    {
        var (host, world) = await StartAsync(provider);
        await using var _ = host;
        var ticket = await world.OpenAsync();
        world.SignInAsRep();

        var view = await world.Tickets.GetAsync(ticket.Number, Ct);

        Assert.Equal((ticket.Id, false), (view.Id, view.CanWork));
        Assert.Empty(view.AllowedStatuses);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task ReplyAsync_RepOwningTheAccount_IsForbidden(DatabaseProvider provider)
    {
        var (host, world) = await StartAsync(provider);
        await using var _ = host;
        var ticket = await world.OpenAsync();
        world.SignInAsRep();

        var error = await Assert.ThrowsAsync<ForbiddenException>(
            () => world.Tickets.ReplyAsync(ticket.Id, 1, "我来回复客户", Ct));

        Assert.Contains("read", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task SearchAsync_RepOfAnotherTeam_SeesNoneOfTheAccountsTickets(DatabaseProvider provider)
    {
        var (host, world) = await StartAsync(provider);
        await using var _ = host;
        await world.OpenAsync();
        world.SignInAsOtherRep();

        var page = await world.Tickets.SearchAsync(new TicketQuery { AccountId = world.Account }, Ct);

        Assert.Equal(0, page.TotalCount);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task ConversationAsync_ReadOnlyRep_SeesRepliesButNoNotes(DatabaseProvider provider)
    {
        var (host, world) = await StartAsync(provider);
        await using var _ = host;
        var ticket = await world.OpenAsync(assigneeId: world.Xu);
        world.SignInAsXu();
        await world.Tickets.AddNoteAsync(ticket.Id, 1, "客户上次也报过类似问题", Ct);
        await world.Tickets.ReplyAsync(ticket.Id, 2, "您好，已收到。", Ct);
        world.SignInAsRep();

        var conversation = await world.Tickets.ConversationAsync(ticket.Id, 0, 20, Ct);

        Assert.Equal(["您好，已收到。"], conversation.Items.Select(m => m.Body));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task SearchAsync_LeadOfTheTeam_SeesATicketAssignedToAMember(DatabaseProvider provider)
    {
        var (host, world) = await StartAsync(provider);
        await using var _ = host;
        var ticket = await world.OpenAsync(assigneeId: world.Wang);
        world.SignInAsLead();

        var page = await world.Tickets.SearchAsync(new TicketQuery { Scope = TicketListScope.All }, Ct);

        Assert.Contains(page.Items, t => t.Id == ticket.Id);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task CreateAsync_RepOwningTheAccount_IsForbidden(DatabaseProvider provider)
    {
        var (host, world) = await StartAsync(provider);
        await using var _ = host;
        world.SignInAsRep();

        await Assert.ThrowsAsync<ForbiddenException>(() => world.Tickets.CreateAsync(world.Input(), Ct));
    }

    private async Task<(CrmTestHost Host, TicketWorld World)> StartAsync(DatabaseProvider provider)
    {
        var host = await databases.StartHostAsync(provider);

        return (host, await TicketWorld.CreateAsync(host));
    }
}
