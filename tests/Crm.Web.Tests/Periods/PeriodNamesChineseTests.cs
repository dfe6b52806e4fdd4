using Crm.Domain.Forecasting;
using Crm.Web.Periods;
using Crm.Web.Tests.Common;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Crm.Web.Tests.Periods;

public sealed class PeriodNamesChineseTests() : CrmTestContext("zh-CN")
{
    private static readonly FiscalCalendar Calendar = new(4);

    [Fact]
    public void Names_InChinese_ReadTheChineseWay()
    {
        var text = Services.GetRequiredService<IStringLocalizer<PeriodText>>();

        Assert.Equal("2026年4月", PeriodNames.Label(text, Calendar.Parse("2026-04")!));
        Assert.Equal("2026财年第4季度", PeriodNames.Label(text, Calendar.Parse("FY2026-Q4")!));
        Assert.Equal("2027年1月1日 – 2027年3月31日", PeriodNames.Range(text, Calendar.Parse("FY2026-Q4")!));
        Assert.Equal("2026财年", PeriodNames.FiscalYear(text, 2026));
    }
}
