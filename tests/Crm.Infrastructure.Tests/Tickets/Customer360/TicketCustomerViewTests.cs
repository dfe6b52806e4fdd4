using Crm.Domain.Tickets;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Tests.Common;

namespace Crm.Infrastructure.Tests.Tickets.Customer360;

/// <summary>
/// The customer card of a ticket: whoever sees the ticket reads the summary of its account, and
/// links only where their own visibility reaches.
/// </summary>
public sealed class TicketCustomerViewTests(MigratedDatabases databases) : IClassFixture<MigratedDatabases>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task ForTicketAsync_AgentOfTheQueue_ReadsOpenOpportunitiesWithoutLinks(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await CustomerWorld.CreateAsync(host);
        var open = await world.OpportunityAsync("精工二期扩容");
        await world.OpportunityAsync("精工一期", won: true);
        var ticket = await world.TicketAsync("VPN 无法连接");
        world.Tickets.SignInAsXu();

        var summary = await world.View.ForTicketAsync(ticket.Number, Ct);

        var only = Assert.Single(summary.Opportunities.Items);
        Assert.Equal((open, false, 1), (only.Id, only.CanOpen, summary.Opportunities.Count));
        Assert.Equal("CNY", summary.Opportunities.TotalInBase?.Currency);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task ForTicketAsync_AgentOfAnotherTeam_IsNotFound(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await CustomerWorld.CreateAsync(host);
        var ticket = await world.TicketAsync("VPN 无法连接");
        world.Tickets.SignInAsZhao();

        await Assert.ThrowsAsync<NotFoundException>(() => world.View.ForTicketAsync(ticket.Number, Ct));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task ForTicketAsync_RepOwningTheAccount_SeesTheCardWithLinks(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await CustomerWorld.CreateAsync(host);
        await world.OpportunityAsync("精工二期扩容");
        var ticket = await world.TicketAsync("VPN 无法连接");
        world.Tickets.SignInAsRep();

        var summary = await world.View.ForTicketAsync(ticket.Number, Ct);

        Assert.True(summary.Account!.CanOpen);
        Assert.True(Assert.Single(summary.Opportunities.Items).CanOpen);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task ForTicketAsync_AccountWithHistory_ListsLatestActivitiesAndOtherOpenTickets(
        DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await CustomerWorld.CreateAsync(host);
        var newest = await world.ActivityAsync(1);
        await world.ActivityAsync(5);
        var resolved = await world.TicketAsync("发票抬头错误");
        await world.ResolveAsync(resolved);
        var other = await world.TicketAsync("打印机脱机");
        var ticket = await world.TicketAsync("VPN 无法连接");
        world.Tickets.SignInAsXu();

        var summary = await world.View.ForTicketAsync(ticket.Number, Ct);

        Assert.Equal(newest, summary.RecentActivities[0].Id);
        Assert.Equal(other.Id, Assert.Single(summary.OtherOpenTickets.Items).Id);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task AlertForAccountAsync_CriticalAndBreachedOpenTickets_CountsEach(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await CustomerWorld.CreateAsync(host);
        await world.TicketAsync("生产线停机", priority: TicketPriority.Critical);
        var late = await world.TicketAsync("报表导出慢");
        await world.BreachResolutionAsync(late);
        await world.TicketAsync("咨询续费");
        world.Tickets.SignInAsRep();

        var alert = await world.View.AlertForAccountAsync(world.Tickets.Account, Ct);

        Assert.Equal((3, 1, 1), (alert.Open, alert.Critical, alert.Breached));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task AlertForAccountAsync_RepOfAnotherTeam_IsNotFound(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await CustomerWorld.CreateAsync(host);
        world.Tickets.SignInAsOtherRep();

        await Assert.ThrowsAsync<NotFoundException>(
            () => world.View.AlertForAccountAsync(world.Tickets.Account, Ct));
    }
}
