using Bunit;
using Crm.Domain.Activities;
using Crm.Web.Tests.Common;
using Crm.Web.Tickets.Customer360;

namespace Crm.Web.Tests.Tickets.Customer360;

public sealed class TicketCustomerCardTests : CrmTestContext
{
    [Fact]
    public void Render_KeyAccount_ShowsTierLinkAndOpportunityTotal()
    {
        TicketCustomers.Summary = CustomerSamples.Summary();

        var card = RenderCard();

        Assert.Equal("Key", card.Find("[data-testid=tier-chip]").TextContent.Trim());
        Assert.Equal($"/accounts/{CustomerSamples.Account}",
            card.Find("[data-testid=customer-card-account-link]").GetAttribute("href"));
        Assert.Equal(
            "1 open · ¥120K", card.Find("[data-testid=customer-card-opportunity-total]").TextContent.Trim());
    }

    [Fact]
    public void Render_OpportunityOutOfReach_ShowsItWithoutALink()
    {
        TicketCustomers.Summary = CustomerSamples.Summary(canOpenOpportunity: false);

        var card = RenderCard();

        var row = card.Find("[data-testid=customer-card-opportunity]");
        Assert.Contains("精工二期扩容", row.TextContent, StringComparison.Ordinal);
        Assert.Empty(row.QuerySelectorAll("a"));
    }

    [Fact]
    public void Render_NothingYet_ShowsTheEmptyStates()
    {
        TicketCustomers.Summary = CustomerSamples.Empty();

        var card = RenderCard();

        Assert.Equal("No open opportunities", card.Find("[data-testid=customer-card-no-opportunities]").TextContent);
        Assert.Equal("No activities yet", card.Find("[data-testid=customer-card-no-activities]").TextContent);
    }

    [Fact]
    public void LiveEvent_ActivityOfTheAccount_ReadsTheCardAgain()
    {
        TicketCustomers.Summary = CustomerSamples.Empty();
        var card = RenderCard();
        card.WaitForElement("[data-testid=customer-card-no-activities]");
        TicketCustomers.Summary = CustomerSamples.Summary();

        Bus.Publish([new ActivityLogged(
            Guid.CreateVersion7(), 1, Now, CustomerSamples.Account, ActivityKind.Visit, Now)]);

        card.WaitForElement("[data-testid=customer-card-activity]", TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void LiveEvent_ActivityOfAnotherAccount_DoesNotReadAgain()
    {
        TicketCustomers.Summary = CustomerSamples.Summary();
        var card = RenderCard();
        card.WaitForElement("[data-testid=customer-card-activity]");
        var reads = TicketCustomers.SummaryReads;

        Bus.Publish([new ActivityLogged(
            Guid.CreateVersion7(), 1, Now, Guid.CreateVersion7(), ActivityKind.Call, Now)]);

        Assert.Equal(reads, TicketCustomers.SummaryReads);
    }

    private IRenderedComponent<TicketCustomerCard> RenderCard() =>
        Render<TicketCustomerCard>(p => p
            .Add(x => x.TicketNumber, 12397)
            .Add(x => x.LiveWindow, TimeSpan.FromMilliseconds(50)));
}

public sealed class TicketCustomerCardChineseTests() : CrmTestContext("zh-CN")
{
    [Fact]
    public void Render_NothingYet_ShowsTheEmptyStatesInChinese()
    {
        TicketCustomers.Summary = CustomerSamples.Empty();

        var card = Render<TicketCustomerCard>(p => p.Add(x => x.TicketNumber, 12397));

        Assert.Equal("暂无进行中的商机", card.Find("[data-testid=customer-card-no-opportunities]").TextContent);
        Assert.Equal("暂无活动", card.Find("[data-testid=customer-card-no-activities]").TextContent);
    }
}
