using Crm.Domain.Sla;
using Crm.Domain.Tickets;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Sla;
using Crm.Infrastructure.Tests.Common;

namespace Crm.Infrastructure.Tests.Tickets.Sla;

/// <summary>SLA clocks stored on the ticket row with every change, in the change's own save.</summary>
public sealed class TicketSlaStorageTests(PostgresServer postgres)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task CreateAsync_PolicyCoversPriority_StoresBothDeadlines(DatabaseProvider provider)
    {
        await using var world = await TicketSlaWorld.StartAsync(provider, postgres);
        var opened = world.Host.Now;

        var ticket = await world.Tickets.OpenAsync(assigneeId: world.Tickets.Xu);

        var saved = await world.ReloadAsync(ticket.Id);
        Assert.Equal(
            new TicketSla(world.Policy.Id, SlaState.Running, opened.AddMinutes(60), SlaState.Running,
                opened.AddMinutes(240), opened.AddMinutes(48)),
            saved.Sla);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task CreateAsync_NoPolicyForPriority_StoresNoClocks(DatabaseProvider provider)
    {
        await using var world = await TicketSlaWorld.StartAsync(provider, postgres);

        var ticket = await world.Tickets.Tickets.CreateAsync(
            world.Tickets.Input() with { Priority = TicketPriority.Low }, Ct);

        Assert.Equal(TicketSla.None, (await world.ReloadAsync(ticket.Id)).Sla);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task ChangeStatusAsync_WaitOnCustomer_StoresPausedWithoutDeadlines(DatabaseProvider provider)
    {
        await using var world = await TicketSlaWorld.StartAsync(provider, postgres);
        var ticket = await world.Tickets.OpenAsync(assigneeId: world.Tickets.Xu);
        world.Host.Clock.Advance(TimeSpan.FromMinutes(10));

        await world.Tickets.Tickets.ChangeStatusAsync(ticket.Id, 1, TicketStatus.PendingCustomer, Ct);

        var sla = (await world.ReloadAsync(ticket.Id)).Sla;
        Assert.Equal((SlaState.Paused, SlaState.Paused), (sla.FirstResponseState, sla.ResolutionState));
        Assert.Equal((null, null, null), (sla.FirstResponseDueAt, sla.ResolutionDueAt, sla.NextChangeAt));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task ChangeStatusAsync_BackFromWaiting_MovesTheDeadlinesOutByThePause(DatabaseProvider provider)
    {
        await using var world = await TicketSlaWorld.StartAsync(provider, postgres);
        var opened = world.Host.Now;
        var ticket = await world.Tickets.OpenAsync(assigneeId: world.Tickets.Xu);
        await world.Tickets.Tickets.ChangeStatusAsync(ticket.Id, 1, TicketStatus.OnHold, Ct);
        world.Host.Clock.Advance(TimeSpan.FromMinutes(30));

        await world.Tickets.Tickets.ChangeStatusAsync(ticket.Id, 2, TicketStatus.Open, Ct);

        var sla = (await world.ReloadAsync(ticket.Id)).Sla;
        Assert.Equal((opened.AddMinutes(90), opened.AddMinutes(270)), (sla.FirstResponseDueAt, sla.ResolutionDueAt));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task ReplyAsync_FirstReplyInTime_PublishesFirstResponseMetWithTheReplysVersion(
        DatabaseProvider provider)
    {
        await using var world = await TicketSlaWorld.StartAsync(provider, postgres);
        var ticket = await world.Tickets.OpenAsync(assigneeId: world.Tickets.Xu);
        world.Host.Clock.Advance(TimeSpan.FromMinutes(20));
        world.Tickets.SignInAsXu();

        await world.Tickets.Tickets.ReplyAsync(ticket.Id, 1, "您好，我们正在排查。", Ct);

        var changed = world.Host.Bus.PublishedFor(ticket.Id).OfType<TicketSlaChanged>().Last();
        Assert.Equal((SlaState.Met, 2), (changed.Sla.FirstResponseState, changed.Version));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task ChangePriorityAsync_ToAPriorityWithoutPolicy_ClearsTheClocks(DatabaseProvider provider)
    {
        await using var world = await TicketSlaWorld.StartAsync(provider, postgres);
        var ticket = await world.Tickets.OpenAsync(assigneeId: world.Tickets.Xu);

        await world.Tickets.Tickets.ChangePriorityAsync(ticket.Id, 1, TicketPriority.Medium, Ct);

        Assert.Equal(TicketSla.None, (await world.ReloadAsync(ticket.Id)).Sla);
    }
}
