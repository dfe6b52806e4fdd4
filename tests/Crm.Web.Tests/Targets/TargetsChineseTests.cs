using Bunit;
using Crm.Domain.Forecasting;
using Crm.Domain.Targets;
using Crm.Infrastructure.Targets;
using Crm.Web.Targets;

namespace Crm.Web.Tests.Targets;

public sealed class TargetsChineseTests() : TargetsTestContext("zh-CN")
{
    [Fact]
    public void Render_ChineseCulture_NamesTheMeasuresInChinese()
    {
        var page = RenderPage<TargetsAdminPage>();

        page.WaitForAssertion(() => Assert.Equal(
            ["团队 / 销售代表", "赢单金额（CNY）", "赢单数", "活动数"],
            page.FindAll("[data-testid=targets-grid] thead th").Select(th => th.TextContent.Trim())));
    }

    [Fact]
    public void Render_ChineseCulture_NamesTheMonthTheChineseWay()
    {
        var page = RenderPage<TargetsAdminPage>();

        page.WaitForAssertion(() => Assert.Equal(
            "2026年4月", page.Find("[data-testid=period-label] .mud-typography-subtitle1").TextContent.Trim()));
    }

    [Fact]
    public void Render_ChineseCulture_HistoryTableInChinese()
    {
        var calendar = new FiscalCalendar(1);
        var history = new AttainmentHistory(null, "CNY",
        [
            .. new[] { "2025-11", "2025-12", "2026-01", "2026-02", "2026-03", "2026-04" }
                .Select(key => new AttainmentHistoryPeriod(calendar.Parse(key)!, 100, 200, false, 0.5m)),
        ]);
        var card = Render<AttainmentHistoryCard>(p => p.Add(c => c.History, history).Add(c => c.SubjectName, "全公司"));

        card.Find("[data-testid=chart-table-toggle]").Click();

        Assert.Equal(["期间", "赢单金额（CNY）", "目标（CNY）", "达成率", "2025年11月"],
        [
            .. card.FindAll("[data-testid=chart-table] thead th").Select(th => th.TextContent.Trim()),
            card.Find("[data-testid=chart-table] tbody td").TextContent,
        ]);
    }
}
