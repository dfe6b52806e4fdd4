using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Tests.Common;
using Crm.Infrastructure.Tickets;

namespace Crm.Infrastructure.Tests.Tickets.Sla;

/// <summary>The "at risk" list reads the stored clocks: at risk or breached, soonest deadline first.</summary>
public sealed class TicketAtRiskListTests(PostgresServer postgres)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task SearchAsync_AtRiskScope_ListsAtRiskTicketsSoonestDueFirst(DatabaseProvider provider)
    {
        await using var world = await TicketSlaWorld.StartAsync(provider, postgres);
        var first = await world.Tickets.OpenAsync("打印机离线", world.Tickets.Xu);
        world.Host.Clock.Advance(TimeSpan.FromMinutes(5));
        var second = await world.Tickets.OpenAsync("发票抬头错误", world.Tickets.Xu);
        world.Host.Clock.Advance(TimeSpan.FromMinutes(25));
        var calm = await world.Tickets.OpenAsync("如何导出报表", world.Tickets.Xu);
        world.Host.Clock.Advance(TimeSpan.FromMinutes(25));
        foreach (var ticket in new[] { second, calm, first })
        {
            await world.Tickets.Tickets.AddNoteAsync(ticket.Id, 1, "跟进中", Ct);
        }

        var page = await world.Tickets.Tickets.SearchAsync(new TicketQuery { Scope = TicketListScope.AtRisk }, Ct);

        Assert.Equal([first.Id, second.Id], page.Items.Select(r => r.Id));
    }
}
