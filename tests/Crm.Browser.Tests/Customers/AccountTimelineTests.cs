using Crm.Browser.Tests.Common;
using static Microsoft.Playwright.Assertions;

namespace Crm.Browser.Tests.Customers;

public sealed class AccountTimelineTests(BrowserFixture browser, CrmAppFixture app)
{
    private const string Rep = "david.miller@demo.crm";

    [Fact]
    public async Task LogCall_RepOnOwnAccount_AppearsOnTimelineAndStaysAfterSwitchingToChinese()
    {
        var account = await app.FirstAccountOwnedByAsync(Rep);
        var subject = $"Pricing call {Guid.NewGuid():N}"[..24];
        await using var context = await browser.NewContextAsync(app.BaseUrl);
        var page = await context.NewPageAsync();
        await page.SignInAsync(Rep);

        await page.GoToAsync("/accounts");
        await page.Field("accounts-search").FillAsync(account.Name);
        await page.GetByTestId("account-link").Filter(new() { HasText = account.Name }).First.ClickAsync();
        await page.GetByTestId("log-call").ClickAsync();
        await page.Field("activity-subject").FillAsync(subject);
        await page.GetByTestId("activity-save").ClickAsync();

        await Expect(page.GetByTestId("timeline-item").Filter(new() { HasText = subject })).ToBeVisibleAsync();

        // The choice is saved on his profile: other tests that sign him in expect English again.
        await page.GetByTestId("language-menu").ClickAsync();
        await page.GetByTestId("language-zh").ClickAsync();
        try
        {
            await Expect(page.GetByTestId("nav-accounts")).ToContainTextAsync("客户");
            await Expect(page.GetByTestId("log-call")).ToContainTextAsync("电话");
            await Expect(page.GetByTestId("timeline-item").Filter(new() { HasText = subject })).ToBeVisibleAsync();
        }
        finally
        {
            await page.GetByTestId("language-menu").ClickAsync();
            await page.GetByTestId("language-en").ClickAsync();
            await Expect(page.GetByTestId("nav-accounts")).ToContainTextAsync("Accounts");
        }
    }
}
