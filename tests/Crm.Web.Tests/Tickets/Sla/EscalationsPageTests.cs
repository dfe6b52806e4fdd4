using Bunit;
using Crm.Domain.Tickets;
using Crm.Infrastructure.Tickets.Sla;
using Crm.Web.Tests.Common;
using Crm.Web.Tickets.Sla;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace Crm.Web.Tests.Tickets.Sla;

public sealed class EscalationsPageTests : CrmTestContext
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(5);

    private readonly FakeSlaEscalationService _escalations = new();

    public EscalationsPageTests()
    {
        Services.AddSingleton<ISlaEscalationService>(_escalations);
    }

    [Fact]
    public void Page_NothingSaved_ShowsEveryCellDoingNothing()
    {
        var page = RenderPage();

        page.WaitForAssertion(() => Assert.Equal(8, page.FindAll("[data-testid=escalation-nothing]").Count), Wait);
    }

    [Fact]
    public void Cell_NotifyLeadTickedAndSaved_SavesTheRule()
    {
        var page = RenderPage();
        var cell = page.WaitForElement("[data-testid=escalation-High-Breached]", Wait);

        cell.QuerySelector("[data-testid=escalation-notify]")!.Change(true);
        page.Find("[data-testid=escalation-High-Breached] [data-testid=escalation-save]").Click();

        page.WaitForAssertion(() => Assert.True(
            _escalations.Saved[(TicketPriority.High, SlaEscalationTrigger.Breached)].Actions.NotifyLead), Wait);
    }

    [Fact]
    public void Cell_CriticalPriority_CannotRaiseItFurther()
    {
        var page = RenderPage();

        var raise = page.WaitForElement(
            "[data-testid=escalation-Critical-AtRisk] [data-testid=escalation-raise]", Wait);

        Assert.True(raise.HasAttribute("disabled"));
    }

    private IRenderedComponent<EscalationsPage> RenderPage()
    {
        Render<MudPopoverProvider>();

        return Render<EscalationsPage>();
    }
}
