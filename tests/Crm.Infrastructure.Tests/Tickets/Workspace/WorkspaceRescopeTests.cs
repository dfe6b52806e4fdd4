using Crm.Domain.Teams;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Tests.Common;
using Crm.Infrastructure.Tickets.Workspace;

namespace Crm.Infrastructure.Tests.Tickets.Workspace;

/// <summary>Open workspaces following team changes: an agent moved to another team, a new lead.</summary>
public sealed class WorkspaceRescopeTests(MigratedDatabases databases) : IClassFixture<MigratedDatabases>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task MoveToTeam_AgentWithTheWorkspaceOpen_FeedLeavesTheOldTeamsQueue(DatabaseProvider provider)
    {
        var (host, world) = await StartAsync(provider);
        await using var _ = host;
        await world.OpenAsync("发票抬头错误");
        world.SignInAsXu();
        using var feed = await WorkspaceProbe.OpenAsync(host.Get<IAgentWorkspace>(), world.FirstLine);

        await host.ChangeAsync<User>(world.Xu, (user, at) => user.MoveToTeam(world.SecondLine, at));

        var view = await feed.UntilAsync(v => !v.InScope);
        Assert.Empty(view.Queue);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task MoveToTeam_AgentWithTheWorkspaceOpen_NewTeamComesFirst(DatabaseProvider provider)
    {
        var (host, world) = await StartAsync(provider);
        await using var _ = host;
        world.SignInAsXu();
        using var feed = await WorkspaceProbe.OpenAsync(host.Get<IAgentWorkspace>(), world.FirstLine);

        await host.ChangeAsync<User>(world.Xu, (user, at) => user.MoveToTeam(world.SecondLine, at));

        await feed.UntilAsync(v => v.ScopeRevision == 1);
        Assert.Equal([world.SecondLine], (await host.Get<IAgentWorkspace>().TeamsAsync(Ct)).Select(t => t.Id));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task ChangeManager_NewLeadWithTheWorkspaceOpen_ReachesTheTeamsQueue(DatabaseProvider provider)
    {
        var (host, world) = await StartAsync(provider);
        await using var _ = host;
        var waiting = await world.OpenAsync("发票抬头错误");
        host.Actor.SignIn(world.Zhao, Roles.SupportLead);
        using var own = await WorkspaceProbe.OpenAsync(host.Get<IAgentWorkspace>(), world.SecondLine);

        await host.ChangeAsync<Team>(world.FirstLine, (team, at) => team.ChangeManager(world.Zhao, at));

        await own.UntilAsync(v => v.ScopeRevision == 1);
        using var led = await WorkspaceProbe.OpenAsync(host.Get<IAgentWorkspace>(), world.FirstLine);
        Assert.Equal([waiting.Id], led.View.Queue.Select(t => t.Id));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task ChangeManager_PreviousLeadOfAnotherTeam_FeedLeavesTheTeam(DatabaseProvider provider)
    {
        var (host, world) = await StartAsync(provider);
        await using var _ = host;
        await host.ChangeAsync<Team>(world.FirstLine, (team, at) => team.ChangeManager(world.Zhao, at));
        host.Actor.SignIn(world.Zhao, Roles.SupportLead);
        using var led = await WorkspaceProbe.OpenAsync(host.Get<IAgentWorkspace>(), world.FirstLine);

        await host.ChangeAsync<Team>(world.FirstLine, (team, at) => team.ChangeManager(world.Lead, at));

        Assert.False((await led.UntilAsync(v => v.ScopeRevision == 1)).InScope);
    }

    private async Task<(CrmTestHost, TicketWorld)> StartAsync(DatabaseProvider provider)
    {
        var host = await databases.StartHostAsync(provider);

        return (host, await TicketWorld.CreateAsync(host));
    }
}
