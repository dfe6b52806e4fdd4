using Bunit;
using Crm.Domain.Tickets;
using Crm.Infrastructure.Tickets.Customer360;
using Crm.Web.Tests.Common;
using Crm.Web.Tickets.Customer360;

namespace Crm.Web.Tests.Tickets.Customer360;

public sealed class AccountTicketWarningTests : CrmTestContext
{
    [Fact]
    public void Render_CriticalAndBreachedTickets_NamesBoth()
    {
        TicketCustomers.Alert = new AccountTicketAlert(4, 1, 2);

        var warning = RenderWarning();

        Assert.Equal(
            "1 critical ticket open, 2 breached SLAs",
            warning.Find("[data-testid=account-ticket-warning]").TextContent.Trim());
    }

    [Fact]
    public void Render_NothingUrgent_ShowsNothing()
    {
        TicketCustomers.Alert = new AccountTicketAlert(3, 0, 0);

        var warning = RenderWarning();

        Assert.Empty(warning.FindAll("[data-testid=account-ticket-warning]"));
    }

    [Fact]
    public void LiveEvent_SlaOfAnAccountTicketMoved_ShowsTheWarning()
    {
        var warning = RenderWarning();
        TicketCustomers.Alert = new AccountTicketAlert(1, 0, 1);

        Bus.Publish([new TicketSlaChanged(
            Guid.CreateVersion7(), 3, Now, 12397, Guid.Empty, Guid.Empty, null, CustomerSamples.Account,
            TicketStatus.Open, TicketPriority.High, TicketSla.None, TicketSla.None)]);

        warning.WaitForElement("[data-testid=account-ticket-warning]", TimeSpan.FromSeconds(5));
    }

    private IRenderedComponent<AccountTicketWarning> RenderWarning() =>
        Render<AccountTicketWarning>(p => p
            .Add(x => x.AccountId, CustomerSamples.Account)
            .Add(x => x.LiveWindow, TimeSpan.FromMilliseconds(50)));
}
