using Bunit;
using Crm.Domain.Sla;
using Crm.Infrastructure.Tickets.Sla;
using Crm.Web.Tests.Common;
using Crm.Web.Tickets.Sla;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Web.Tests.Tickets.Sla;

public sealed class TicketSlaPanelTests : CrmTestContext
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(5);

    private readonly FakeTicketSlaCountdowns _countdowns = new();

    public TicketSlaPanelTests()
    {
        Services.AddSingleton<ITicketSlaCountdowns>(_countdowns);
    }

    [Fact]
    public void Panel_TicketWithSla_ShowsBothClocks()
    {
        var id = Guid.CreateVersion7();
        _countdowns.Countdowns[id] = new TicketCountdowns(Now,
            new SlaClockCountdown(SlaClockKind.FirstResponse, SlaState.Met, Now, 0, null, []),
            new SlaClockCountdown(SlaClockKind.Resolution, SlaState.Running, Now.AddHours(2), 7_200_000, 0, []));

        var panel = Render<TicketSlaPanel>(p => p.Add(c => c.TicketId, id).Add(c => c.Version, 3));

        panel.WaitForAssertion(() => Assert.Equal(2, panel.FindAll("[data-testid^=sla-countdown-]").Count), Wait);
    }

    [Fact]
    public void Panel_TicketWithoutSla_SaysSo()
    {
        var panel = Render<TicketSlaPanel>(p => p.Add(c => c.TicketId, Guid.CreateVersion7()).Add(c => c.Version, 1));

        panel.WaitForAssertion(() => Assert.NotNull(panel.Find("[data-testid=ticket-sla-none]")), Wait);
    }
}
