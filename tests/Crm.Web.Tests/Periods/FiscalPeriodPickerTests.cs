using Bunit;
using Crm.Domain.Forecasting;
using Crm.Web.Periods;
using Crm.Web.Tests.Common;

namespace Crm.Web.Tests.Periods;

public sealed class FiscalPeriodPickerTests : CrmTestContext
{
    // The fiscal year starts in April: FY2026 runs from April 2026 to March 2027.
    private static readonly FiscalCalendar Calendar = new(4);
    private static readonly DateOnly Today = new(2026, 4, 10);

    private readonly IRenderedComponent<MudBlazor.MudPopoverProvider> _popovers;
    private FiscalPeriod? _picked;

    public FiscalPeriodPickerTests() => _popovers = Render<MudBlazor.MudPopoverProvider>();

    [Fact]
    public void Render_Quarter_NamesItAndItsDays()
    {
        var picker = RenderPicker("FY2026-Q4");

        var label = picker.Find("[data-testid=period-label]");
        Assert.Equal("FY2026-Q4", label.GetAttribute("data-key"));
        Assert.Contains("Q4 FY2026", label.TextContent);
        Assert.Contains("1 Jan 2027 – 31 Mar 2027", label.TextContent);
    }

    [Fact]
    public void QuarterClicked_OnTodaysMonth_PicksTodaysQuarter()
    {
        var picker = RenderPicker("2026-04");

        picker.FindAll("[data-testid=period-kind] button").Single(b => b.TextContent.Trim() == "Quarter").Click();

        Assert.Equal("FY2026-Q1", _picked?.Key);
    }

    [Fact]
    public void MonthClicked_OnAnotherQuarter_PicksTheMonthItStartsWith()
    {
        var picker = RenderPicker("FY2026-Q3");

        picker.FindAll("[data-testid=period-kind] button").Single(b => b.TextContent.Trim() == "Month").Click();

        Assert.Equal("2026-10", _picked?.Key);
    }

    [Fact]
    public void PreviousAndNext_StepAcrossTheFiscalYear()
    {
        var picker = RenderPicker("2026-04");

        picker.Find("[data-testid=period-previous]").Click();
        Assert.Equal("2026-03", _picked?.Key);
        Assert.Equal(2025, _picked?.FiscalYear);

        picker.Find("[data-testid=period-next]").Click();
        Assert.Equal("2026-05", _picked?.Key);
    }

    [Fact]
    public void Current_OnlyOfferedAwayFromToday_AndGoesBackToTodaysPeriod()
    {
        Assert.Empty(RenderPicker("FY2026-Q1").FindAll("[data-testid=period-current]"));

        RenderPicker("FY2027-Q2").Find("button[data-testid=period-current]").Click();

        Assert.Equal("FY2026-Q1", _picked?.Key);
    }

    [Fact]
    public void Menu_ListsTheShownFiscalYearsPeriods_AndPicksOne()
    {
        var picker = RenderPicker("FY2026-Q2");

        picker.Find("[data-testid=period-label]").Click();
        var options = _popovers.WaitForElements("[data-testid=period-option]");
        Assert.Equal(
            ["FY2026-Q1", "FY2026-Q2", "FY2026-Q3", "FY2026-Q4"], options.Select(o => o.GetAttribute("data-key")));

        options[3].Click();

        Assert.Equal("FY2026-Q4", _picked?.Key);
    }

    private IRenderedComponent<FiscalPeriodPicker> RenderPicker(string key)
    {
        return Render<FiscalPeriodPicker>(p => p
            .Add(x => x.Calendar, Calendar)
            .Add(x => x.Today, Today)
            .Add(x => x.Period, Calendar.Parse(key)!)
            .Add(x => x.PeriodChanged, period => _picked = period));
    }
}
