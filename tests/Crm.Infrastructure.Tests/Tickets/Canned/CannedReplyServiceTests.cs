using Crm.Domain.Common;
using Crm.Domain.Customers;
using Crm.Domain.Tickets.Canned;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Tests.Common;
using Crm.Infrastructure.Tickets;
using Crm.Infrastructure.Tickets.Canned;

namespace Crm.Infrastructure.Tests.Tickets.Canned;

/// <summary>Canned replies shared per support team: who sees and manages them, versions, retiring, rendering.</summary>
public sealed class CannedReplyServiceTests(MigratedDatabases databases) : IClassFixture<MigratedDatabases>
{
    private static readonly CannedReplyInput Greeting =
        new("受理确认", "{{customer.name}}，您好！工单 {{ticket.number}} 已受理。{{agent.name}}", "zh-CN");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task ListAsync_AgentOfTheTeam_SeesTheLeadsReply(DatabaseProvider provider)
    {
        var (host, world, replies) = await StartAsync(provider);
        await using var _ = host;
        world.SignInAsLead();
        await replies.CreateAsync(world.FirstLine, Greeting, Ct);
        world.SignInAsXu();

        var rows = await replies.ListAsync(world.FirstLine, cancellationToken: Ct);

        Assert.Equal("受理确认", Assert.Single(rows).Title);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task ListAsync_AgentOfAnotherTeam_IsNotFound(DatabaseProvider provider)
    {
        var (host, world, replies) = await StartAsync(provider);
        await using var _ = host;
        world.SignInAsZhao();

        await Assert.ThrowsAsync<NotFoundException>(() => replies.ListAsync(world.FirstLine, cancellationToken: Ct));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task TeamsAsync_SalesRep_SeesNone(DatabaseProvider provider)
    {
        var (host, world, replies) = await StartAsync(provider);
        await using var _ = host;
        world.SignInAsRep();

        Assert.Empty(await replies.TeamsAsync(Ct));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task TeamsAsync_Agent_SeesTheirTeamWithoutManaging(DatabaseProvider provider)
    {
        var (host, world, replies) = await StartAsync(provider);
        await using var _ = host;
        world.SignInAsXu();

        var team = Assert.Single(await replies.TeamsAsync(Ct));

        Assert.Equal((world.FirstLine, false), (team.Id, team.CanManage));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task CreateAsync_Agent_IsForbidden(DatabaseProvider provider)
    {
        var (host, world, replies) = await StartAsync(provider);
        await using var _ = host;
        world.SignInAsXu();

        await Assert.ThrowsAsync<ForbiddenException>(() => replies.CreateAsync(world.FirstLine, Greeting, Ct));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task CreateAsync_TitleTakenInTheTeamIgnoringCase_IsRefused(DatabaseProvider provider)
    {
        var (host, world, replies) = await StartAsync(provider);
        await using var _ = host;
        world.SignInAsAdmin();
        await replies.CreateAsync(world.FirstLine, Greeting with { Title = "Ticket received" }, Ct);

        var error = await Assert.ThrowsAsync<DomainException>(
            () => replies.CreateAsync(world.FirstLine, Greeting with { Title = "ticket RECEIVED" }, Ct));

        Assert.Equal("Title.taken", error.Code);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task CreateAsync_SameTitleInAnotherTeam_IsAllowed(DatabaseProvider provider)
    {
        var (host, world, replies) = await StartAsync(provider);
        await using var _ = host;
        world.SignInAsAdmin();
        await replies.CreateAsync(world.FirstLine, Greeting, Ct);

        await replies.CreateAsync(world.SecondLine, Greeting, Ct);

        Assert.Single(await replies.ListAsync(world.SecondLine, cancellationToken: Ct));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task UpdateAsync_StaleVersion_ThrowsConflictAndKeepsTheText(DatabaseProvider provider)
    {
        var (host, world, replies) = await StartAsync(provider);
        await using var _ = host;
        world.SignInAsLead();
        var id = await replies.CreateAsync(world.FirstLine, Greeting, Ct);
        await replies.UpdateAsync(id, 1, Greeting with { Body = "第一次修改" }, Ct);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(
            () => replies.UpdateAsync(id, 1, Greeting with { Body = "过期的修改" }, Ct));

        Assert.Equal("第一次修改", (await host.ReloadAsync<CannedReply>(id)).Body);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task RetireAsync_ActiveReply_LeavesTheListAndFreesTheTitle(DatabaseProvider provider)
    {
        var (host, world, replies) = await StartAsync(provider);
        await using var _ = host;
        world.SignInAsLead();
        var id = await replies.CreateAsync(world.FirstLine, Greeting, Ct);

        await replies.RetireAsync(id, 1, Ct);

        Assert.Empty(await replies.ListAsync(world.FirstLine, cancellationToken: Ct));
        await replies.CreateAsync(world.FirstLine, Greeting, Ct);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task RetireAsync_StaleVersion_ThrowsConflict(DatabaseProvider provider)
    {
        var (host, world, replies) = await StartAsync(provider);
        await using var _ = host;
        world.SignInAsLead();
        var id = await replies.CreateAsync(world.FirstLine, Greeting, Ct);
        await replies.UpdateAsync(id, 1, Greeting with { Title = "受理确认（新）" }, Ct);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => replies.RetireAsync(id, 1, Ct));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task ListAsync_SearchTerm_MatchesTitleOrBodyIgnoringCase(DatabaseProvider provider)
    {
        var (host, world, replies) = await StartAsync(provider);
        await using var _ = host;
        world.SignInAsLead();
        await replies.CreateAsync(world.FirstLine, Greeting, Ct);
        await replies.CreateAsync(world.FirstLine, new("Logs needed", "Please send the VPN log.", "en-US"), Ct);

        var rows = await replies.ListAsync(world.FirstLine, "vpn", Ct);

        Assert.Equal("Logs needed", Assert.Single(rows).Title);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task RenderAsync_TicketWithContact_FillsContactNumberAndAgent(DatabaseProvider provider)
    {
        var (host, world, replies) = await StartAsync(provider);
        await using var _ = host;
        var contact = await host.SaveNewAsync(Contact.Create(Guid.CreateVersion7(), world.Account,
            new ContactDetails("王建", null, null, null, null, null), host.Now));
        var ticket = await OpenAsync(world, contact.Id);
        world.SignInAsLead();
        var id = await replies.CreateAsync(world.FirstLine, Greeting, Ct);
        world.SignInAsXu();

        var text = await replies.RenderAsync(id, ticket.Id, Ct);

        Assert.Equal($"王建，您好！工单 #{ticket.Number} 已受理。许静", text);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task RenderAsync_NoContact_GreetsTheRequesterThenTheAccount(DatabaseProvider provider)
    {
        var (host, world, replies) = await StartAsync(provider);
        await using var _ = host;
        var ticket = await OpenAsync(world, contactId: null);
        world.SignInAsLead();
        var id = await replies.CreateAsync(world.FirstLine, new("问候", "{{customer.name}} / {{account.name}}", null), Ct);

        var text = await replies.RenderAsync(id, ticket.Id, Ct);

        Assert.StartsWith("上海精工", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task ListForTicketAsync_SalesRepReadingTheTicket_GetsNone(DatabaseProvider provider)
    {
        var (host, world, replies) = await StartAsync(provider);
        await using var _ = host;
        var ticket = await OpenAsync(world, contactId: null);
        world.SignInAsLead();
        await replies.CreateAsync(world.FirstLine, Greeting, Ct);
        world.SignInAsRep();

        Assert.Empty(await replies.ListForTicketAsync(ticket.Id, cancellationToken: Ct));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task RenderAsync_AgentOfAnotherTeam_IsNotFound(DatabaseProvider provider)
    {
        var (host, world, replies) = await StartAsync(provider);
        await using var _ = host;
        var ticket = await OpenAsync(world, contactId: null);
        world.SignInAsLead();
        var id = await replies.CreateAsync(world.FirstLine, Greeting, Ct);
        world.SignInAsZhao();

        await Assert.ThrowsAsync<NotFoundException>(() => replies.RenderAsync(id, ticket.Id, Ct));
    }

    private static async Task<NewTicket> OpenAsync(TicketWorld world, Guid? contactId)
    {
        world.SignInAsAdmin();

        return await world.Tickets.CreateAsync(world.Input() with { ContactId = contactId }, Ct);
    }

    private async Task<(CrmTestHost Host, TicketWorld World, ICannedReplyService Replies)> StartAsync(
        DatabaseProvider provider)
    {
        var host = await databases.StartHostAsync(provider);

        return (host, await TicketWorld.CreateAsync(host), host.Get<ICannedReplyService>());
    }
}
