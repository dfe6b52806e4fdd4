using Bunit;
using Crm.Domain.Displays;
using Crm.Infrastructure.Displays;
using Crm.Web.Displays.Admin;
using Crm.Web.Tests.Common;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace Crm.Web.Tests.Displays;

/// <summary>The wall displays page for a manager who reads Chinese.</summary>
public sealed class DisplaysPageChineseTests : CrmTestContext
{
    private readonly FakeDisplayService _displays = new();

    public DisplaysPageChineseTests()
        : base("zh-CN") => Services.AddSingleton<IDisplayService>(_displays);

    [Fact]
    public void Render_Displays_SaysKindStatusAndScopeInChinese()
    {
        _displays.Rows.Add(FakeDisplayService.Row("客服大屏", DisplayKind.Service, isLive: false));

        var page = Render<DisplaysPage>();

        page.WaitForElement("[data-testid=display-row]");
        Assert.Equal(
            ("客服", "已停用", "一线支持 · 所有队列"),
            (page.Find("[data-testid=display-row-kind]").TextContent.Trim(),
                page.Find("[data-testid=display-row-status]").TextContent.Trim(),
                page.Find("[data-testid=display-row-scope]").TextContent));
    }

    [Fact]
    public void NewClicked_ChineseUser_StartsInChineseWithTheDefaultSalesPage()
    {
        Render<MudPopoverProvider>();
        var dialogs = Render<MudDialogProvider>();
        var page = Render<DisplaysPage>();

        page.WaitForElement("[data-testid=display-new]").Click();

        dialogs.WaitForElement("[data-testid=display-page]");
        Assert.Equal(
            ["1 · 销售排行榜", "2 · 目标达成", "3 · 销售动态", "4 · 销售漏斗"],
            dialogs.FindAll("[data-testid^=display-panel-][data-shown]").Select(c => c.TextContent.Trim()));
    }
}
