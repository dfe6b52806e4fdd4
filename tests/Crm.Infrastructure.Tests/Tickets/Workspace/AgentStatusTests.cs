using Crm.Domain.Assignment;
using Crm.Domain.Common;
using Crm.Domain.Teams;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Tests.Common;
using Crm.Infrastructure.Tickets.Workspace;

namespace Crm.Infrastructure.Tests.Tickets.Workspace;

/// <summary>Agents setting their own status, assignment heeding it, and the team seeing it.</summary>
public sealed class AgentStatusTests(MigratedDatabases databases) : IClassFixture<MigratedDatabases>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task SetMineAsync_Away_NextTicketGoesToSomeoneElse(DatabaseProvider provider)
    {
        var (host, world) = await StartAsync(provider);
        await using var _ = host;
        await world.RuleAsync("一线轮流", AssignmentStrategy.RoundRobin(world.FirstLine));
        foreach (var agent in new[] { world.Lead, world.Xu })
        {
            host.Actor.SignIn(agent, Roles.SupportAgent);
            await host.Get<IAgentStatusService>().SetMineAsync(Availability.Away, Ct);
        }

        var ticket = await world.OpenAsync();

        Assert.Equal(world.Wang, ticket.AssigneeId);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task SetMineAsync_Offline_PublishesTheChangeWithTheTeam(DatabaseProvider provider)
    {
        var (host, world) = await StartAsync(provider);
        await using var _ = host;
        world.SignInAsXu();

        await host.Get<IAgentStatusService>().SetMineAsync(Availability.Offline, Ct);

        var published = host.Bus.Published.OfType<UserAvailabilityChanged>().Single(e => e.AggregateId == world.Xu);
        Assert.Equal((world.FirstLine, Availability.Offline), (published.TeamId, published.Availability));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task SetMineAsync_OnLeave_RefusedAndNothingSaved(DatabaseProvider provider)
    {
        var (host, world) = await StartAsync(provider);
        await using var _ = host;
        world.SignInAsXu();
        var status = host.Get<IAgentStatusService>();

        await Assert.ThrowsAsync<DomainException>(() => status.SetMineAsync(Availability.OnLeave, Ct));

        Assert.Equal(Availability.Available, await status.MineAsync(Ct));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task TeamAsync_Colleagues_ListedWithTheirStatus(DatabaseProvider provider)
    {
        var (host, world) = await StartAsync(provider);
        await using var _ = host;
        world.SignInAsWang();
        await host.Get<IAgentStatusService>().SetMineAsync(Availability.Away, Ct);
        world.SignInAsXu();

        var team = await host.Get<IAgentStatusService>().TeamAsync(world.FirstLine, Ct);

        Assert.Equal(Availability.Away, team.Single(a => a.UserId == world.Wang).Availability);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task TeamAsync_AnotherTeam_ThrowsNotFound(DatabaseProvider provider)
    {
        var (host, world) = await StartAsync(provider);
        await using var _ = host;
        world.SignInAsZhao();

        await Assert.ThrowsAsync<NotFoundException>(
            () => host.Get<IAgentStatusService>().TeamAsync(world.FirstLine, Ct));
    }

    private async Task<(CrmTestHost, TicketWorld)> StartAsync(DatabaseProvider provider)
    {
        var host = await databases.StartHostAsync(provider);

        return (host, await TicketWorld.CreateAsync(host));
    }
}
