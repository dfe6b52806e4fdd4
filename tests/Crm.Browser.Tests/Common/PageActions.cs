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

    public static Task WaitUntilInteractiveAsync(this IPage page) =>
        page.GetByTestId("circuit-ready").WaitForAsync(new() { State = WaitForSelectorState.Attached });

    /// <summary>The text box of a MudBlazor field, whether the test id sits on the input or around it.</summary>
    public static ILocator Field(this IPage page, string testId) =>
        page.Locator(
            $"input[data-testid='{testId}'], textarea[data-testid='{testId}'], " +
            $"[data-testid='{testId}'] input, [data-testid='{testId}'] textarea").First;

    /// <summary>Opens a MudBlazor select and picks the option showing <paramref name="option"/>.</summary>
    public static async Task PickAsync(this IPage page, string testId, string option)
    {
        await page.GetByTestId(testId).ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = option }).First.ClickAsync();
    }
}
