using Bunit;
using Crm.Domain.Tickets;
using Crm.Infrastructure.Tickets.Customer360;
using Crm.Web.Activities;
using Crm.Web.Tests.Tickets.Customer360;

namespace Crm.Web.Tests.Activities;

/// <summary>Ticket entries on the account timeline: among the activities, filtered, linked and live.</summary>
public sealed class TicketTimelineTests : TimelineTestContext
{
    private static readonly DateTime Earlier = Now.UtcDateTime.AddHours(-3);

    [Fact]
    public void Render_TicketAndActivities_ShowsThemNewestFirst()
    {
        ActivityService.Items.Add(FakeActivityService.Item(AccountId, "回访电话", Earlier.AddHours(-1)));
        ActivityService.Items.Add(FakeActivityService.Item(AccountId, "上门培训", Earlier.AddHours(1)));
        TicketTimeline.Entries.Add(FakeTicketTimeline.Entry(12397, "VPN 无法连接", Earlier));

        var timeline = RenderTimeline();

        timeline.WaitForAssertion(() => Assert.Equal(
            ["timeline-item", "timeline-ticket", "timeline-item"],
            timeline.FindAll("[data-testid=timeline-item], [data-testid=timeline-ticket]")
                .Select(e => e.GetAttribute("data-testid"))));
    }

    [Fact]
    public void Render_OpenedTicket_SaysSoAndLinksToIt()
    {
        TicketTimeline.Entries.Add(FakeTicketTimeline.Entry(12397, "VPN 无法连接", Earlier));

        var timeline = RenderTimeline();

        var link = timeline.WaitForElement("[data-testid=timeline-ticket-link]");
        Assert.Equal("Ticket #12397 opened: VPN 无法连接", link.TextContent.Trim());
        Assert.Equal("/tickets/12397", link.GetAttribute("href"));
    }

    [Fact]
    public void TicketsChip_Selected_ShowsOnlyTicketEntries()
    {
        ActivityService.Items.Add(FakeActivityService.Item(AccountId, "回访电话", Earlier));
        TicketTimeline.Entries.Add(
            FakeTicketTimeline.Entry(12398, "发票抬头错误", Earlier, TicketTimelineEvent.Resolved));
        var timeline = RenderTimeline();
        timeline.WaitForElement("[data-testid=timeline-item]");

        timeline.Find("[data-testid=filter-tickets]").Click();

        timeline.WaitForAssertion(() => Assert.Empty(timeline.FindAll("[data-testid=timeline-item]")));
        Assert.Single(timeline.FindAll("[data-testid=timeline-ticket]"));
    }

    [Fact]
    public void LiveEvent_TicketOpenedOnTheAccount_AppearsWithoutReload()
    {
        var timeline = RenderTimeline();
        timeline.WaitForElement("[data-testid=timeline-empty]");
        TicketTimeline.Entries.Add(FakeTicketTimeline.Entry(12399, "打印机脱机", Now.UtcDateTime));

        Bus.Publish([new TicketCreated(Guid.CreateVersion7(), 1, Now.UtcDateTime, 12399, Guid.Empty, Guid.Empty, null,
            AccountId, TicketStatus.New, TicketPriority.High, TicketCategory.Problem, TicketChannel.Email)]);

        timeline.WaitForElement("[data-testid=timeline-ticket]", TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void LoadMore_AcrossBothSources_ShowsEveryEntryOnce()
    {
        for (var i = 0; i < 15; i++)
        {
            ActivityService.Items.Add(FakeActivityService.Item(AccountId, $"电话 {i}", Earlier.AddMinutes(-2 * i)));
            TicketTimeline.Entries.Add(
                FakeTicketTimeline.Entry(12400 + i, $"工单 {i}", Earlier.AddMinutes(-2 * i - 1)));
        }

        var timeline = RenderTimeline();
        timeline.WaitForElement("[data-testid=timeline-more]").Click();

        timeline.WaitForAssertion(() => Assert.Equal(
            30, timeline.FindAll("[data-testid=timeline-item], [data-testid=timeline-ticket]").Count));
    }

    private IRenderedComponent<AccountTimeline> RenderTimeline() =>
        Render<AccountTimeline>(p => p
            .Add(t => t.AccountId, AccountId)
            .Add(t => t.CanLogActivities, true)
            .Add(t => t.LiveWindow, TimeSpan.FromMilliseconds(50)));
}
