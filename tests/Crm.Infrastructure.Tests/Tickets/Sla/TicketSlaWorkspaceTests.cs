using Crm.Domain.Sla;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Tests.Common;
using Crm.Infrastructure.Tests.Tickets.Workspace;
using Crm.Infrastructure.Tickets.Workspace;

namespace Crm.Infrastructure.Tests.Tickets.Sla;

/// <summary>The service desk's at-risk lane follows the stored clocks, as time passes and as agents answer.</summary>
public sealed class TicketSlaWorkspaceTests(PostgresServer postgres)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Watcher_ClockTurnsAtRisk_TicketJoinsTheAtRiskLane(DatabaseProvider provider)
    {
        await using var world = await TicketSlaWorld.StartAsync(provider, postgres);
        var ticket = await world.Tickets.OpenAsync(assigneeId: world.Tickets.Xu);
        world.Tickets.SignInAsXu();
        using var feed = await WorkspaceProbe.OpenAsync(world.Host.Get<IAgentWorkspace>(), world.Tickets.FirstLine);
        Assert.Empty(feed.View.AtRisk!);
        await using var watcher = await world.StartWatcherAsync();

        world.Host.Clock.Advance(TimeSpan.FromMinutes(48));

        var view = await feed.UntilAsync(v => v.AtRisk is { Count: 1 });
        Assert.Equal(ticket.Id, view.AtRisk![0].Id);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task ReplyAsync_LateFirstResponse_LeavesTheAtRiskLane(DatabaseProvider provider)
    {
        await using var world = await TicketSlaWorld.StartAsync(provider, postgres);
        var ticket = await world.Tickets.OpenAsync(assigneeId: world.Tickets.Xu);
        world.Tickets.SignInAsXu();
        using var feed = await WorkspaceProbe.OpenAsync(world.Host.Get<IAgentWorkspace>(), world.Tickets.FirstLine);
        await using var watcher = await world.StartWatcherAsync();
        world.Host.Clock.Advance(TimeSpan.FromMinutes(61));
        await feed.UntilAsync(v => v.AtRisk is { Count: 1 });

        var version = (await world.ReloadAsync(ticket.Id)).Version;
        await world.Tickets.Tickets.ReplyAsync(ticket.Id, version, "您好，我们正在处理。", Ct);

        await feed.UntilAsync(v => v.AtRisk is { Count: 0 } && v.Find(ticket.Id) is not null);
        Assert.Equal(SlaState.Breached, (await world.ReloadAsync(ticket.Id)).FirstResponseSla);
    }
}
