using Crm.Domain.Tickets;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Tests.Common;
using Crm.Infrastructure.Tickets.Workspace;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Infrastructure.Tests.Tickets.Workspace;

/// <summary>The shared team snapshot behind the agent workspace and the lanes of each agent's feed.</summary>
public sealed class WorkspaceStoreTests(MigratedDatabases databases) : IClassFixture<MigratedDatabases>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task OpenAsync_TeamWithTickets_MineAndQueueLanesSplitByAssignee(DatabaseProvider provider)
    {
        var (host, world, _) = await StartAsync(provider);
        await using var _ = host;
        var mine = await world.OpenAsync("打印机卡纸", world.Xu);
        var waiting = await world.OpenAsync("发票抬头错误");
        world.SignInAsXu();

        using var feed = await WorkspaceProbe.OpenAsync(host.Get<IAgentWorkspace>(), world.FirstLine);

        Assert.Equal([mine.Id], feed.View.Mine.Select(t => t.Id));
        Assert.Equal([waiting.Id], feed.View.Queue.Select(t => t.Id));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task TakeAsync_ByColleague_LeavesMyQueueWithOneRead(DatabaseProvider provider)
    {
        var (host, world, reader) = await StartAsync(provider);
        await using var _ = host;
        var waiting = await world.OpenAsync("发票抬头错误");
        world.SignInAsXu();
        using var xu = await WorkspaceProbe.OpenAsync(host.Get<IAgentWorkspace>(), world.FirstLine);
        world.SignInAsWang();
        using var wang = await WorkspaceProbe.OpenAsync(host.Get<IAgentWorkspace>(), world.FirstLine);

        await world.Tickets.TakeAsync(waiting.Id, 1, Ct);

        await xu.UntilAsync(v => v.Queue.Count == 0);
        Assert.Equal([waiting.Id], (await wang.UntilAsync(v => v.Mine.Count == 1)).Mine.Select(t => t.Id));
        Assert.Equal(1, reader.TicketReads);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task ChangeStatusAsync_Resolved_LeavesTheWorkspace(DatabaseProvider provider)
    {
        var (host, world, _) = await StartAsync(provider);
        await using var _ = host;
        var ticket = await world.OpenAsync("打印机卡纸", world.Xu);
        world.SignInAsXu();
        using var feed = await WorkspaceProbe.OpenAsync(host.Get<IAgentWorkspace>(), world.FirstLine);

        await world.Tickets.ChangeStatusAsync(ticket.Id, 1, TicketStatus.Resolved, Ct);

        await feed.UntilAsync(v => v.Find(ticket.Id) is null);
        Assert.Empty(feed.View.ByStatus[TicketStatus.New]);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task ChangeStatusAsync_Escalated_MovesToTheEscalatedColumn(DatabaseProvider provider)
    {
        var (host, world, _) = await StartAsync(provider);
        await using var _ = host;
        var ticket = await world.OpenAsync("打印机卡纸", world.Xu);
        world.SignInAsXu();
        using var feed = await WorkspaceProbe.OpenAsync(host.Get<IAgentWorkspace>(), world.FirstLine);

        await world.Tickets.ChangeStatusAsync(ticket.Id, 1, TicketStatus.Escalated, Ct);

        var view = await feed.UntilAsync(v => v.ByStatus[TicketStatus.Escalated].Count == 1);
        Assert.Empty(view.ByStatus[TicketStatus.New]);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task MoveToQueueAsync_OtherTeam_LeavesWithoutARead(DatabaseProvider provider)
    {
        var (host, world, reader) = await StartAsync(provider);
        await using var _ = host;
        var ticket = await world.OpenAsync("发票抬头错误");
        world.SignInAsXu();
        using var feed = await WorkspaceProbe.OpenAsync(host.Get<IAgentWorkspace>(), world.FirstLine);

        world.SignInAsAdmin();
        await world.Tickets.MoveToQueueAsync(ticket.Id, 1, world.BillingQueue, Ct);

        await feed.UntilAsync(v => v.Find(ticket.Id) is null);
        Assert.Equal(0, reader.TicketReads);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task OlderEvent_AfterANewerRow_IsIgnoredWithoutARead(DatabaseProvider provider)
    {
        var (host, world, reader) = await StartAsync(provider);
        await using var _ = host;
        var ticket = await world.OpenAsync("发票抬头错误");
        world.SignInAsXu();
        using var feed = await WorkspaceProbe.OpenAsync(host.Get<IAgentWorkspace>(), world.FirstLine);

        host.Bus.Publish([new TicketAssigned(
            ticket.Id, 1, host.Now, ticket.Number, world.TechQueue, world.FirstLine, world.Wang, null, null,
            null, "")]);
        var marker = await world.OpenAsync("标记");

        await feed.UntilAsync(v => v.Find(marker.Id) is not null);
        Assert.Equal(1, reader.TicketReads);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task OpenAsync_TeamTheAgentIsNotIn_ThrowsNotFound(DatabaseProvider provider)
    {
        var (host, world, _) = await StartAsync(provider);
        await using var _ = host;
        world.SignInAsZhao();

        await Assert.ThrowsAsync<NotFoundException>(
            () => host.Get<IAgentWorkspace>().OpenAsync(world.FirstLine, () => { }, Ct));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task TeamsAsync_SalesRep_HasNoWorkspace(DatabaseProvider provider)
    {
        var (host, world, _) = await StartAsync(provider);
        await using var _ = host;
        world.SignInAsRep();

        Assert.Empty(await host.Get<IAgentWorkspace>().TeamsAsync(Ct));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task TeamsAsync_Lead_OwnTeamOnly(DatabaseProvider provider)
    {
        var (host, world, _) = await StartAsync(provider);
        await using var _ = host;
        world.SignInAsLead();

        var teams = await host.Get<IAgentWorkspace>().TeamsAsync(Ct);

        Assert.Equal([world.FirstLine], teams.Select(t => t.Id));
    }

    private async Task<(CrmTestHost, TicketWorld, CountingTeamTicketReader)> StartAsync(DatabaseProvider provider)
    {
        var host = await databases.StartHostAsync(provider, services =>
        {
            services.AddSingleton<TeamTicketReader>();
            services.AddSingleton<CountingTeamTicketReader>();
            services.AddSingleton<ITeamTicketReader>(sp => sp.GetRequiredService<CountingTeamTicketReader>());
        });

        return (host, await TicketWorld.CreateAsync(host), host.Get<CountingTeamTicketReader>());
    }
}
