using Crm.Browser.Tests.Common;
using static Microsoft.Playwright.Assertions;

namespace Crm.Browser.Tests.Admin;

public sealed class DeactivationTests(BrowserFixture browser, CrmAppFixture app)
{
    // An agent who is away in the demo and whom no other browser test signs in as: after this
    // test she cannot sign in any more.
    private const string Agent = "luo.xia@demo.crm";

    [Fact]
    public async Task Deactivate_UserWithOpenPage_LosesTheSessionAtOnce()
    {
        await using var agentContext = await browser.NewContextAsync(app.BaseUrl);
        var agentPage = await agentContext.NewPageAsync();
        await agentPage.SignInAsync(Agent);
        await using var adminContext = await browser.NewContextAsync(app.BaseUrl);
        var adminPage = await adminContext.NewPageAsync();
        await adminPage.SignInAsync("admin@demo.crm");

        await adminPage.GoToAsync("/admin/users");
        await adminPage.Field("users-search").FillAsync(Agent);
        await Expect(adminPage.Locator("tr", new() { HasText = "admin@demo.crm" })).ToHaveCountAsync(0);
        await adminPage.Locator("tr", new() { HasText = Agent }).GetByTestId("user-actions").Locator("button").ClickAsync();
        await adminPage.GetByTestId("user-deactivate").ClickAsync();
        await adminPage.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "停用" }).ClickAsync();

        await Expect(agentPage.GetByTestId("signin-email")).ToBeVisibleAsync();
        await agentPage.GotoAsync("/");
        await Expect(agentPage.GetByTestId("signin-email")).ToBeVisibleAsync();
    }
}
