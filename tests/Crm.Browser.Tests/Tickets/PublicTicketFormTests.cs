using Crm.Browser.Tests.Common;
using static Microsoft.Playwright.Assertions;

namespace Crm.Browser.Tests.Tickets;

public sealed class PublicTicketFormTests(BrowserFixture browser, CrmAppFixture app)
{
    // A customer without an account fills in the support form and is told the ticket's number.
    [Fact]
    public async Task Submit_FilledForm_ShowsTheNewTicketsNumber()
    {
        await using var context = await browser.NewContextAsync(app.BaseUrl);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/support/new");

        await page.GetByTestId("support-name").FillAsync("陈思");
        await page.GetByTestId("support-email").FillAsync($"chen.si.{Guid.NewGuid():N}@customer.test");
        await page.GetByTestId("support-subject").FillAsync("发票抬头有误");
        await page.GetByTestId("support-description").FillAsync("三月的发票抬头写成了旧公司名，请重开。");
        await page.GetByTestId("support-submit").ClickAsync();

        await Expect(page.GetByTestId("support-sent")).ToContainTextAsync("#");
    }

    // A form sent without the required fields says which ones, and keeps what was typed.
    [Fact]
    public async Task Submit_WithoutEmail_ShowsTheFieldErrorAndKeepsTheSubject()
    {
        await using var context = await browser.NewContextAsync(app.BaseUrl);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/support/new");

        await page.GetByTestId("support-subject").FillAsync("无法登录");
        await page.GetByTestId("support-submit").ClickAsync();

        await Expect(page.GetByTestId("support-email-error")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("support-subject")).ToHaveValueAsync("无法登录");
    }
}
