using Bunit;
using Crm.Domain.Common;
using Crm.Domain.Sla;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Sla;
using Crm.Web.Sla.Calendars;

namespace Crm.Web.Tests.Sla;

public sealed class CalendarEditorTests : SlaTestContext
{
    [Fact]
    public void Render_NewCalendar_OffersWeekdaysWithALunchBreak()
    {
        var editor = RenderWithHosts<CalendarEditor>();

        Assert.Equal("13:30", editor.Find("input[data-testid=hours-Monday-1-start]").GetAttribute("value"));
        Assert.NotNull(editor.Find("[data-testid=hours-Saturday-closed]"));
    }

    [Fact]
    public void Save_NewCalendar_SavesSplitShiftsOfEveryWeekday()
    {
        var editor = RenderWithHosts<CalendarEditor>();
        editor.Find("input[data-testid=calendar-name]").Input("华东支持");

        editor.Find("[data-testid=calendar-save]").Click();

        var saved = Assert.Single(Calendars.Saved);
        Assert.Equal(10, saved.Shifts.Count);
        Assert.Equal(("华东支持", "Asia/Shanghai"), (saved.Name, saved.TimeZoneId));
    }

    [Fact]
    public void Save_OverlappingPeriodsOnTuesday_ShowsTheErrorOnTuesdaysRowAndSavesNothing()
    {
        var editor = RenderWithHosts<CalendarEditor>(p => p.Add(e => e.Calendar, FakeSlaCalendarService.Shanghai()));
        editor.Find("input[data-testid=hours-Tuesday-0-end]").Change("14:00");

        editor.Find("[data-testid=calendar-save]").Click();

        Assert.Equal("These periods overlap.", editor.Find("[data-testid=hours-Tuesday-error]").TextContent.Trim());
        Assert.Empty(Calendars.Saved);
    }

    [Fact]
    public void Save_TimeNotInHoursAndMinutes_ShowsTheFormatOnThatDay()
    {
        var editor = RenderWithHosts<CalendarEditor>();
        editor.Find("input[data-testid=calendar-name]").Input("Office");
        editor.Find("input[data-testid=hours-Wednesday-0-start]").Change("9h");

        editor.Find("[data-testid=calendar-save]").Click();

        Assert.Contains("HH:mm", editor.Find("[data-testid=hours-Wednesday-error]").TextContent);
        Assert.Empty(Calendars.Saved);
    }

    [Fact]
    public void Save_WithoutName_ShowsTheErrorBesideTheName()
    {
        var editor = RenderWithHosts<CalendarEditor>();

        editor.Find("[data-testid=calendar-save]").Click();

        Assert.Contains("Enter a name.", editor.Find("[data-testid=calendar-editor]").TextContent);
        Assert.Empty(Calendars.Saved);
    }

    [Fact]
    public void AddDay_MakeUpSunday_ListsItAndSavesIt()
    {
        var editor = RenderWithHosts<CalendarEditor>(p => p.Add(e => e.Calendar, FakeSlaCalendarService.Shanghai()));
        editor.Find("input[data-testid=day-date]").Change("2026-09-20");
        editor.Find("input[data-testid=day-name]").Change("国庆节调休");
        SelectKind(editor, "Working day");

        editor.Find("[data-testid=day-add]").Click();
        editor.Find("[data-testid=calendar-save]").Click();

        Assert.NotNull(editor.Find("[data-testid=day-2026-09-20]"));
        var day = Assert.Single(Calendars.Saved).Days.Single(d => d.Date == new DateOnly(2026, 9, 20));
        Assert.Equal((SpecialDayKind.WorkingDay, "国庆节调休"), (day.Kind, day.Name));
    }

    [Fact]
    public void AddDay_WithoutDate_AsksForOne()
    {
        var editor = RenderWithHosts<CalendarEditor>();

        editor.Find("[data-testid=day-add]").Click();

        Assert.Contains("Pick a date.", editor.Find("[data-testid=special-days]").TextContent);
    }

    [Fact]
    public void RemoveDay_Holiday_TakesItOffTheList()
    {
        var editor = RenderWithHosts<CalendarEditor>(p => p.Add(e => e.Calendar, FakeSlaCalendarService.Shanghai()));

        editor.Find("[data-testid=day-2026-10-01-remove]").Click();

        Assert.NotNull(editor.Find("[data-testid=days-empty]"));
    }

    [Fact]
    public void Preview_OpenedTheEveningBeforeAHoliday_DueTheMorningAfterIt()
    {
        var editor = RenderWithHosts<CalendarEditor>(p => p.Add(e => e.Calendar, FakeSlaCalendarService.Shanghai()));
        editor.Find("input[data-testid=preview-date]").Change("2026-09-30");
        editor.Find("input[data-testid=preview-time]").Change("17:00");
        editor.Find("input[data-testid=preview-amount]").Change("2");

        editor.Find("[data-testid=preview-run]").Click();

        Assert.Contains("October 2, 2026 10:00", editor.Find("[data-testid=preview-result]").TextContent);
    }

    [Fact]
    public void Save_SomeoneSavedFirst_SaysSoAndKeepsWhatWasTyped()
    {
        var calendar = FakeSlaCalendarService.Shanghai();
        Calendars.Failure = new ConcurrencyConflictException("SlaCalendar", calendar.Id);
        var editor = RenderWithHosts<CalendarEditor>(p => p.Add(e => e.Calendar, calendar));
        editor.Find("input[data-testid=calendar-name]").Input("华南支持");

        editor.Find("[data-testid=calendar-save]").Click();

        Assert.Contains("Someone else changed this", editor.Find("[data-testid=calendar-error]").TextContent);
        Assert.Equal("华南支持", editor.Find("input[data-testid=calendar-name]").GetAttribute("value"));
    }

    [Fact]
    public void Save_ServiceRefusesTheZone_ShowsItBesideTheZone()
    {
        Calendars.Failure = new DomainException("time-zone.unknown", "Unknown", "TimeZone");
        var editor = RenderWithHosts<CalendarEditor>(p => p.Add(e => e.Calendar, FakeSlaCalendarService.Shanghai()));

        editor.Find("[data-testid=calendar-save]").Click();

        Assert.Contains("Choose a time zone.", editor.Find("[data-testid=calendar-editor]").TextContent);
    }

    private void SelectKind(IRenderedComponent<CalendarEditor> editor, string kind)
    {
        editor.Find("[data-testid=day-kind]").MouseDown();
        Popovers.WaitForAssertion(() => Assert.Contains(kind, Popovers.Markup));
        Popovers.FindAll(".mud-list-item").Single(i => i.TextContent.Trim() == kind).Click();
    }
}
