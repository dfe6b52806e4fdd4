using Crm.Browser.Tests.Common;
using static Microsoft.Playwright.Assertions;

namespace Crm.Browser.Tests.Tickets;

public sealed class TicketWorkTests(BrowserFixture browser, CrmAppFixture app)
{
    private const string Agent = "he.li@demo.crm";

    // 何丽 works frontline support: she opens a ticket from her list, answers the customer, and
    // her reply joins the conversation.
    [Fact]
    public async Task Reply_OwnTicket_JoinsTheConversation()
    {
        var reply = $"您好，已为您处理完毕 {Guid.NewGuid():N}"[..24];
        await using var context = await browser.NewContextAsync(app.BaseUrl);
        var page = await context.NewPageAsync();
        await page.SignInAsync(Agent);

        await page.GoToAsync("/tickets");
        await page.GetByTestId("tickets-scope-Mine").ClickAsync();
        await page.FollowAsync(page.GetByTestId("ticket-link").First);
        await page.Locator("textarea[data-testid=composer-body]").FillAsync(reply);
        await page.GetByTestId("composer-send").ClickAsync();

        await Expect(page.GetByTestId("ticket-message").Filter(new() { HasText = reply })).ToBeVisibleAsync();
    }
}
