using System.Text.RegularExpressions;
using Crm.Browser.Tests.Common;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Crm.Browser.Tests.Tickets;

public sealed class CannedReplyBrowserTests(BrowserFixture browser, CrmAppFixture app)
{
    private const string Agent = "he.li@demo.crm";

    // 何丽 has started a reply, presses c, finds the acknowledgement by typing and takes it with
    // Enter: her words stay and the reply follows, filled in with the ticket's number.
    [Fact]
    public async Task CannedReply_PickedByKeyboard_FollowsTheTypedText()
    {
        await using var context = await browser.NewContextAsync(app.BaseUrl);
        var page = await context.NewPageAsync();
        await page.SignInAsync(Agent);
        await page.GoToAsync("/tickets");
        await page.GetByTestId("tickets-scope-Mine").ClickAsync();
        // Opened by its address, so the page is interactive before anything is typed into it.
        await page.GoToAsync(await page.GetByTestId("ticket-link").First.GetAttributeAsync("href") ?? "/tickets");
        var body = page.Locator("textarea[data-testid=composer-body]");
        await body.FillAsync("补充说明：");
        await body.BlurAsync();

        await PressUntilAsync(page, "c", page.Field("canned-picker-search"));
        await page.Field("canned-picker-search").FillAsync("受理");
        await page.Field("canned-picker-search").PressAsync("Enter");

        await Expect(body).ToHaveValueAsync(new Regex(@"^补充说明：\n\n.+，您好！.+工单 #\d+", RegexOptions.Singleline));
    }

    // The page's shortcut listener attaches after its first render, which can come after the
    // composer is usable: the key is pressed again until what it opens is there.
    private static async Task PressUntilAsync(IPage page, string key, ILocator opened)
    {
        for (var attempt = 1; ; attempt++)
        {
            await page.Keyboard.PressAsync(key);
            try
            {
                await opened.WaitForAsync(new() { Timeout = 1000 });
                return;
            }
            catch (TimeoutException) when (attempt < 10)
            {
                // Not attached yet: press again.
            }
        }
    }
}
