using Crm.Browser.Tests.Common;
using static Microsoft.Playwright.Assertions;

namespace Crm.Browser.Tests.Customers;

public sealed class AccountVisibilityTests(BrowserFixture browser, CrmAppFixture app)
{
    [Fact]
    public async Task OpenByUrl_AnotherTeamsAccount_ShowsNotFound()
    {
        var southChinaAccount = await app.FirstAccountOwnedByAsync("lin.xiaoyan@demo.crm");
        await using var context = await browser.NewContextAsync(app.BaseUrl);
        var page = await context.NewPageAsync();
        await page.SignInAsync("zhang.wei@demo.crm");

        await page.GoToAsync($"/accounts/{southChinaAccount.Id}");

        await Expect(page.GetByTestId("not-found")).ToBeVisibleAsync();
        await Expect(page.GetByText(southChinaAccount.Name)).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task OpenByUrl_OwnTeamsAccount_ShowsTheAccount()
    {
        var eastChinaAccount = await app.FirstAccountOwnedByAsync("chen.li@demo.crm");
        await using var context = await browser.NewContextAsync(app.BaseUrl);
        var page = await context.NewPageAsync();
        await page.SignInAsync("zhang.wei@demo.crm");

        await page.GoToAsync($"/accounts/{eastChinaAccount.Id}");

        await Expect(page.GetByTestId("account-title")).ToHaveTextAsync(eastChinaAccount.Name);
    }
}
