using Bunit;
using Crm.Domain.Customers;
using Crm.Domain.Sla;
using Crm.Web.Sla.Calendars;
using Crm.Web.Sla.Policies;
using static Crm.Web.Tests.Sla.FakeSlaPolicyService;

namespace Crm.Web.Tests.Sla;

public sealed class SlaPagesTests : SlaTestContext
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(5);

    [Fact]
    public void CalendarsPage_NoCalendar_OffersToCreateOne()
    {
        var page = RenderWithHosts<CalendarsPage>();

        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=calendars-empty-create]")), Wait);
    }

    [Fact]
    public void CalendarsPage_DefaultCalendar_IsMarkedAndCannotBeDeleted()
    {
        var calendar = FakeSlaCalendarService.Shanghai();
        Calendars.Calendars.Add(calendar);

        var page = RenderWithHosts<CalendarsPage>();

        var card = page.WaitForElement($"[data-testid=calendar-{calendar.Id}]", Wait);
        Assert.NotNull(card.QuerySelector("[data-testid=calendar-default]"));
        Assert.Null(card.QuerySelector("[data-testid=calendar-delete]"));
    }

    [Fact]
    public void CalendarsPage_SplitShiftWeek_SaysHowLongItWorks()
    {
        Calendars.Calendars.Add(FakeSlaCalendarService.Shanghai());

        var page = RenderWithHosts<CalendarsPage>();

        page.WaitForAssertion(() => Assert.Contains("37 h 30 min a week · 1 holidays", page.Markup), Wait);
    }

    [Fact]
    public void PoliciesPage_TierWithoutOwnPolicy_ShowsTheAllTierTargetsItFallsBackTo()
    {
        Calendars.Calendars.Add(FakeSlaCalendarService.Shanghai());
        Policies.Policies.Add(Policy(SlaPriority.High, null, 240, 900));

        var page = RenderWithHosts<PoliciesPage>();

        var cell = page.WaitForElement("[data-testid=policy-High-Key]", Wait);
        Assert.Contains("Uses the all-tier policy", cell.TextContent);
        Assert.Contains("First response 4 h · resolution 15 h", cell.TextContent);
    }

    [Fact]
    public void PoliciesPage_SetUpStrategicCritical_CreatesThatCellsPolicyInMinutes()
    {
        Calendars.Calendars.Add(FakeSlaCalendarService.Shanghai());
        var page = RenderWithHosts<PoliciesPage>();
        page.WaitForElement("[data-testid=policy-Critical-Strategic-edit]", Wait).Click();

        Dialogs.WaitForElement("input[data-testid=policy-first]", Wait).Change("2");
        Dialogs.Find("input[data-testid=policy-resolution]").Change("6");
        Dialogs.Find("[data-testid=policy-save]").Click();

        page.WaitForAssertion(() => Assert.Single(Policies.Created), Wait);
        var (priority, tier, input) = Policies.Created[0];
        Assert.Equal((SlaPriority.Critical, AccountTier.Strategic, 120, 360),
            (priority, tier, input.FirstResponseMinutes, input.ResolutionMinutes));
    }

    [Fact]
    public void PoliciesPage_CellFilledByAnotherAdminMeanwhile_SaysSoInTheDialog()
    {
        Calendars.Calendars.Add(FakeSlaCalendarService.Shanghai());
        var page = RenderWithHosts<PoliciesPage>();
        page.WaitForElement("[data-testid=policy-Low-Any-edit]", Wait).Click();
        Dialogs.WaitForElement("[data-testid=policy-save]", Wait);
        Policies.Policies.Add(Policy(SlaPriority.Low, null, 900, 4500));

        Dialogs.Find("[data-testid=policy-save]").Click();

        Dialogs.WaitForAssertion(() => Assert.Contains(
            "This priority and tier have a policy already.", Dialogs.Find("[data-testid=policy-error]").TextContent),
            Wait);
        Assert.Empty(Policies.Created);
    }

    [Fact]
    public void PoliciesPage_NoCalendar_AsksForOneFirst()
    {
        var page = RenderWithHosts<PoliciesPage>();

        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=policies-no-calendar]")), Wait);
    }
}

public sealed class SlaPagesChineseTests() : SlaTestContext("zh-CN")
{
    [Fact]
    public void CalendarEditor_Chinese_NamesTheWeekdaysAndKinds()
    {
        var editor = RenderWithHosts<CalendarEditor>(p => p.Add(e => e.Calendar, FakeSlaCalendarService.Shanghai()));

        Assert.Contains("星期一", editor.Find("[data-testid=hours-Monday]").TextContent);
        Assert.Contains("节假日", editor.Find("[data-testid=day-2026-10-01]").TextContent);
    }
}
