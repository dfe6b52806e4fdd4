using Crm.Browser.Tests.Common;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Crm.Browser.Tests.Pipeline.Opportunities;

/// <summary>Two reps of 华东销售一组 on one opportunity, each in their own browser.</summary>
public sealed class OpportunityConflictTests(BrowserFixture browser, CrmAppFixture app)
{
    private const string RepA = "zhang.wei@demo.crm";
    private const string RepB = "li.na@demo.crm";

    [Fact]
    public async Task OpenPage_TeammateHasItOpen_ShowsThemAmongTheViewers()
    {
        var id = await app.NewOpportunityAsync(RepA, $"视觉检测 {Tag()}");
        await using var a = await browser.NewContextAsync(app.BaseUrl);
        await using var b = await browser.NewContextAsync(app.BaseUrl);
        var pageA = await OpenAsync(a, RepA, id);

        var pageB = await OpenAsync(b, RepB, id);

        await Expect(Viewer(pageB, "张伟")).ToBeVisibleAsync();
        await Expect(Viewer(pageA, "李娜")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task SaveAfterTeammate_BothEditing_ShowsTheirChangeAndReapplyKeepsBothEdits()
    {
        var id = await app.NewOpportunityAsync(RepA, $"MES 二期 {Tag()}");
        await using var a = await browser.NewContextAsync(app.BaseUrl);
        await using var b = await browser.NewContextAsync(app.BaseUrl);
        var pageA = await OpenAsync(a, RepA, id);
        var pageB = await OpenAsync(b, RepB, id);
        await pageA.GetByTestId("opportunity-edit").ClickAsync();
        await pageB.GetByTestId("opportunity-edit").ClickAsync();
        await Expect(pageB.GetByTestId("presence-editing")).ToBeVisibleAsync();

        await pageA.Field("opportunity-next-step").FillAsync("周三现场演示");
        await pageA.GetByTestId("opportunity-save").ClickAsync();
        await Expect(pageA.GetByTestId("opportunity-dialog")).ToBeHiddenAsync();
        await Expect(pageB.GetByTestId("opportunity-live-banner")).ToContainTextAsync("张伟");
        await pageB.Field("opportunity-name").FillAsync("MES 二期（含 WMS）");
        await pageB.GetByTestId("opportunity-save").ClickAsync();

        var theirs = pageB.Locator("[data-testid=conflict-their-change][data-field=NextStep]");
        await Expect(theirs).ToContainTextAsync("周三现场演示");
        await Expect(pageB.GetByTestId("conflict-who")).ToContainTextAsync("张伟");
        await pageB.GetByTestId("conflict-reapply").ClickAsync();
        await Expect(pageB.GetByTestId("opportunity-title")).ToHaveTextAsync("MES 二期（含 WMS）");
        var saved = await app.ReadOpportunityAsync(id);
        Assert.Equal(("MES 二期（含 WMS）", "周三现场演示"), (saved.Name, saved.NextStep));
    }

    private static async Task<IPage> OpenAsync(IBrowserContext context, string email, Guid id)
    {
        var page = await context.NewPageAsync();
        await page.SignInAsync(email);
        await page.GoToAsync($"/opportunities/{id}");
        await Expect(page.GetByTestId("opportunity-header")).ToBeVisibleAsync();

        return page;
    }

    private static ILocator Viewer(IPage page, string name) =>
        page.Locator($"[data-testid=presence-viewer][data-name='{name}']");

    private static string Tag() => Guid.NewGuid().ToString("N")[..6];
}
