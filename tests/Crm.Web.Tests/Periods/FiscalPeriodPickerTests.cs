using Bunit;
using Crm.Domain.Forecasting;
using Crm.Web.Targets;

namespace Crm.Web.Tests.Targets;

public sealed class PeriodPickerTests : TargetsTestContext
{
    private static readonly DateOnly Today = new(2026, 4, 10);

    [Fact]
    public void QuarterClicked_PicksTheQuarterOfTheChosenMonthInTheFiscalYear()
    {
        string? picked = null;
        Render<MudBlazor.MudPopoverProvider>();
        var picker = Render<PeriodPicker>(p => p
            .Add(x => x.Calendar, new FiscalCalendar(4))
            .Add(x => x.Today, Today)
            .Add(x => x.Value, "2026-04")
            .Add(x => x.ValueChanged, key => picked = key));

        picker.FindAll("[data-testid=period-kind] button").Single(b => b.TextContent.Trim() == "Quarter").Click();

        Assert.Equal("FY2026-Q1", picked);
    }

    [Fact]
    public void Render_Quarter_NamesItsFiscalYearAndMonths()
    {
        Render<MudBlazor.MudPopoverProvider>();
        var picker = Render<PeriodPicker>(p => p
            .Add(x => x.Calendar, new FiscalCalendar(4))
            .Add(x => x.Today, Today)
            .Add(x => x.Value, "FY2026-Q4"));

        Assert.Equal("FY2026 Q4 (Jan – Mar)", picker.Find("input[data-testid=period-select]").GetAttribute("value"));
    }
}
