using Bunit;
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
}
