using Crm.Domain.Sla;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Tests.Common;
using Crm.Infrastructure.Tickets.Sla;

namespace Crm.Infrastructure.Tests.Tickets.Sla;

/// <summary>What the browser ticks from: the remaining working time now and the periods ahead.</summary>
public sealed class TicketSlaCountdownsTests(PostgresServer postgres)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task ForAsync_RunningTicket_GivesRemainingTimeAndFourteenDaysOfPeriods(DatabaseProvider provider)
    {
        await using var world = await TicketSlaWorld.StartAsync(provider, postgres);
        var ticket = await world.Tickets.OpenAsync(assigneeId: world.Tickets.Xu);
        world.Host.Clock.Advance(TimeSpan.FromMinutes(10));

        var countdowns = (await world.Host.Get<ITicketSlaCountdowns>().ForAsync([ticket.Id], Ct))[ticket.Id];

        var first = countdowns.FirstResponse;
        Assert.Equal((SlaState.Running, 50 * 60_000L, 12 * 60_000L), (first.State, first.RemainingMs,
            first.AtRiskRemainingMs));
        Assert.Equal(TimeSpan.FromDays(14), TimeSpan.FromTicks(first.Periods.Sum(p => (p.To - p.From).Ticks)));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task ForAsync_TicketOutOfSight_IsLeftOut(DatabaseProvider provider)
    {
        await using var world = await TicketSlaWorld.StartAsync(provider, postgres);
        var ticket = await world.Tickets.OpenAsync(assigneeId: world.Tickets.Xu);
        world.Tickets.SignInAsZhao();

        var countdowns = await world.Host.Get<ITicketSlaCountdowns>().ForAsync([ticket.Id], Ct);

        Assert.Empty(countdowns);
    }
}
