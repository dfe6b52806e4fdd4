using Microsoft.Playwright;

namespace Crm.Browser.Tests.Common;

/// <summary>What a person does on the CRM's pages, in the words of the test.</summary>
internal static class PageActions
{
    public const string DemoPassword = "Demo@2026!";

    public static async Task SignInAsync(this IPage page, string email)
    {
        await page.GotoAsync("/sign-in");
        await page.GetByTestId("signin-email").FillAsync(email);
        await page.GetByTestId("signin-password").FillAsync(DemoPassword);
        await page.GetByTestId("signin-submit").ClickAsync();
        await page.WaitUntilInteractiveAsync();
    }

    /// <summary>Opens a page and waits for its circuit: typing into a prerendered page is lost.</summary>
    public static async Task GoToAsync(this IPage page, string path)
    {
        await page.GotoAsync(path);
        await page.WaitUntilInteractiveAsync();
    }

    /// <summary>
    /// Opens the page a link points to and waits until it answers. Clicking and then waiting for
    /// the circuit could find the page being left, or a link the list re-rendered meanwhile, and
    /// type into a page still prerendered; going to the link's address is the same page, for sure.
    /// </summary>
    public static async Task FollowAsync(this IPage page, ILocator link)
    {
        var href = await link.GetAttributeAsync("href")
            ?? throw new InvalidOperationException("The element is not a link.");
        await page.GoToAsync(new Uri(new Uri(page.Url), href).PathAndQuery);
    }

    public static Task WaitUntilInteractiveAsync(this IPage page) =>
        page.GetByTestId("circuit-ready").WaitForAsync(new() { State = WaitForSelectorState.Attached });

    /// <summary>The text box of a MudBlazor field, whether the test id sits on the input or around it.</summary>
    public static ILocator Field(this IPage page, string testId) =>
        page.Locator(
            $"input[data-testid='{testId}'], textarea[data-testid='{testId}'], " +
            $"[data-testid='{testId}'] input, [data-testid='{testId}'] textarea").First;

    /// <summary>
    /// Opens a MudBlazor select, picks the option showing <paramref name="option"/> and waits until
    /// the select shows it. The pick is a round trip to the server; a click sent before it has
    /// landed (Save, say) can run while the form still holds the old value.
    /// </summary>
    public static async Task PickAsync(this IPage page, string testId, string option)
    {
        var select = page.GetByTestId(testId);
        await select.ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = option }).First.ClickAsync();

        // The test id lands on the select's input or on an element around the shown text.
        if (await select.EvaluateAsync<bool>("e => e instanceof HTMLInputElement"))
        {
            await Assertions.Expect(select).ToHaveValueAsync(option, new() { Timeout = 30_000 });
        }
        else
        {
            await Assertions.Expect(select).ToContainTextAsync(option, new() { Timeout = 30_000 });
        }
    }
}
