using Crm.Browser.Tests.Common;
using static Microsoft.Playwright.Assertions;

namespace Crm.Browser.Tests.Sla;

/// <summary>The admin's SLA pages on the demo data, as an administrator reading Chinese sees them.</summary>
public sealed class SlaAdminTests(BrowserFixture browser, CrmAppFixture app)
{
    [Fact]
    public async Task Preview_MainlandCalendarBeforeGoldenWeek_DueTheDayAfterIt()
    {
        await using var context = await browser.NewContextAsync(app.BaseUrl);
        var page = await context.NewPageAsync();
        await page.SignInAsync("admin@demo.crm");
        await page.GoToAsync("/admin/sla/calendars");

        await page.FollowAsync(page.Locator("[data-testid^='calendar-']", new() { HasText = "中国大陆工作日" })
            .GetByTestId("calendar-edit"));
        await page.Field("preview-date").FillAsync("2026-09-30");
        await page.Field("preview-time").FillAsync("17:00");
        await page.Field("preview-amount").FillAsync("2");
        await page.GetByTestId("preview-run").ClickAsync();

        await Expect(page.GetByTestId("preview-result")).ToContainTextAsync("2026年10月8日");
    }

    [Fact]
    public async Task PoliciesPage_PhoneWidth_FitsWithoutSidewaysScrolling()
    {
        await using var context = await browser.NewContextAsync(app.BaseUrl);
        var page = await context.NewPageAsync();
        await page.SetViewportSizeAsync(375, 800);
        await page.SignInAsync("admin@demo.crm");

        await page.GoToAsync("/admin/sla/policies");

        await Expect(page.GetByTestId("policy-Critical-Strategic")).ToContainTextAsync("30 分钟");
        Assert.True(await page.EvaluateAsync<bool>(
            "() => document.documentElement.scrollWidth <= window.innerWidth"));
    }
}
