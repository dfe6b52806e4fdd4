using Crm.Domain.Sla;
using Crm.Domain.Tickets;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Sla;
using Crm.Infrastructure.Tests.Common;
using Crm.Infrastructure.Tickets.Sla;

namespace Crm.Infrastructure.Tests.Tickets.Sla;

/// <summary>The deadline watcher turns clocks at risk and breached as the (fake) clock passes, with no edit.</summary>
public sealed class TicketSlaWatcherTests(PostgresServer postgres)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Watcher_TimePasses_TurnsTheTicketAtRiskThenBreached(DatabaseProvider provider)
    {
        await using var world = await TicketSlaWorld.StartAsync(provider, postgres);
        var ticket = await world.Tickets.OpenAsync(assigneeId: world.Tickets.Xu);
        var atRisk = Expect(world, ticket.Id, SlaState.AtRisk);
        var breached = Expect(world, ticket.Id, SlaState.Breached);
        await using var watcher = await world.StartWatcherAsync();

        world.Host.Clock.Advance(TimeSpan.FromMinutes(48));
        await atRisk.WaitAsync(TimeSpan.FromSeconds(20), Ct);
        world.Host.Clock.Advance(TimeSpan.FromMinutes(12));
        await breached.WaitAsync(TimeSpan.FromSeconds(20), Ct);

        Assert.Equal(SlaState.Breached, (await world.ReloadAsync(ticket.Id)).FirstResponseSla);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Watcher_PolicyTightened_ReEvaluatesOpenTickets(DatabaseProvider provider)
    {
        await using var world = await TicketSlaWorld.StartAsync(provider, postgres);
        var ticket = await world.Tickets.OpenAsync(assigneeId: world.Tickets.Xu);
        await using var watcher = await world.StartWatcherAsync();
        world.Host.Clock.Advance(TimeSpan.FromMinutes(20));
        var breached = Expect(world, ticket.Id, SlaState.Breached);

        await world.Host.Get<ISlaPolicyService>().UpdateAsync(
            world.Policy.Id, world.Policy.Version, new PolicyInput(15, 240, null), Ct);

        await breached.WaitAsync(TimeSpan.FromSeconds(20), Ct);
        Assert.Equal(SlaState.Breached, (await world.ReloadAsync(ticket.Id)).FirstResponseSla);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Watcher_TicketWithoutClocksOnStart_GetsThemInTheFirstRound(DatabaseProvider provider)
    {
        await using var world = await TicketSlaWorld.StartAsync(provider, postgres);
        var ticket = await world.Tickets.OpenAsync(assigneeId: world.Tickets.Xu);
        await world.Host.ChangeAsync<Ticket>(ticket.Id, (t, at) => t.ApplySla(TicketSla.None, at));
        var stamped = Expect(world, ticket.Id, SlaState.Running);

        await using var watcher = await world.StartWatcherAsync();

        await stamped.WaitAsync(TimeSpan.FromSeconds(20), Ct);
        Assert.Equal(world.Policy.Id, (await world.ReloadAsync(ticket.Id)).SlaPolicyId);
    }

    // Completes when the watcher (or anyone) publishes the ticket's first-response clock in the state.
    private static Task Expect(TicketSlaWorld world, Guid ticketId, SlaState state)
    {
        var seen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var subscription = world.Host.Bus.Subscribe((domainEvent, _) =>
        {
            if (domainEvent is TicketSlaChanged changed && changed.AggregateId == ticketId
                && changed.Sla.FirstResponseState == state)
            {
                seen.TrySetResult();
            }

            return ValueTask.CompletedTask;
        });

        return seen.Task.ContinueWith(_ => subscription.Dispose(), TaskScheduler.Default);
    }
}
