using Crm.Infrastructure.Common;
using Crm.Infrastructure.Leads;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Tests.Common;

namespace Crm.Infrastructure.Tests.Leads;

/// <summary>Who sees which leads, on every provider.</summary>
public sealed class LeadVisibilityTests(MigratedDatabases databases) : IClassFixture<MigratedDatabases>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task SearchAsync_SalesRep_SeesOwnTeammatesAndTeamQueueLeadsOnly(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await LeadWorld.CreateAsync(host);
        var own = await world.OwnedLeadAsync(world.EastRep);
        var teammates = await world.OwnedLeadAsync(world.EastTeammate);
        var queued = await world.QueuedLeadAsync(world.EastTeam);
        await world.OwnedLeadAsync(world.SouthRep);
        await world.QueuedLeadAsync(world.SouthTeam);
        world.SignInAsEastRep();

        var page = await world.Leads.SearchAsync(new LeadQuery(PageSize: 200), Ct);

        Assert.Equal(new[] { own, teammates, queued }.Order(), page.Items.Select(r => r.Id).Order());
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task GetAsync_OtherTeamsQueuedLead_ThrowsNotFound(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await LeadWorld.CreateAsync(host);
        var southQueue = await world.QueuedLeadAsync(world.SouthTeam);
        world.SignInAsEastRep();

        await Assert.ThrowsAsync<NotFoundException>(() => world.Leads.GetAsync(southQueue, Ct));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task GetAsync_ManagerOnTeamMembersLead_CanEditIt(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await LeadWorld.CreateAsync(host);
        var lead = await world.OwnedLeadAsync(world.EastTeammate);
        world.SignInAsEastManager();

        var view = await world.Leads.GetAsync(lead, Ct);

        Assert.True(view.CanEdit);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task GetAsync_Marketer_SeesAnyLeadReadOnly(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await LeadWorld.CreateAsync(host);
        var lead = await world.OwnedLeadAsync(world.SouthRep);
        world.SignInAsMarketer();

        var view = await world.Leads.GetAsync(lead, Ct);

        Assert.False(view.CanEdit);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task StartWorkingAsync_Marketer_ThrowsForbidden(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await LeadWorld.CreateAsync(host);
        var lead = await world.OwnedLeadAsync(world.SouthRep);
        world.SignInAsMarketer();

        await Assert.ThrowsAsync<ForbiddenException>(() => world.Leads.StartWorkingAsync(lead, 1, Ct));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task SearchAsync_SupportAgent_SeesNoLeads(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await LeadWorld.CreateAsync(host);
        await world.OwnedLeadAsync(world.EastRep);
        world.SignInAsAgent();

        var page = await world.Leads.SearchAsync(new LeadQuery(), Ct);

        Assert.Equal(0, page.TotalCount);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task ChoicesAsync_SalesRep_OffersOwnTeamAndItsQueue(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await LeadWorld.CreateAsync(host);
        world.SignInAsEastRep();

        var choices = await world.Leads.ChoicesAsync(Ct);

        Assert.Equal([world.EastTeam], choices.Queues.Select(q => q.TeamId));
        Assert.Equal(new[] { world.EastManager, world.EastRep, world.EastTeammate }.Order(),
            choices.AssignableOwners.Select(o => o.Id).Order());
    }
}
