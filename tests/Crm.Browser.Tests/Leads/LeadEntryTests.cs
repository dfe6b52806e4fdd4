using Crm.Browser.Tests.Common;
using static Microsoft.Playwright.Assertions;

namespace Crm.Browser.Tests.Leads;

public sealed class LeadEntryTests(BrowserFixture browser, CrmAppFixture app)
{
    private const string Rep = "david.miller@demo.crm";

    [Fact]
    public async Task NewLead_CompanyOfAnOwnAccount_WarnsWhileTypingAndSavesToTheRep()
    {
        var account = await app.FirstAccountOwnedByAsync(Rep);
        var person = $"Visitor {Guid.NewGuid():N}"[..16];
        await using var context = await browser.NewContextAsync(app.BaseUrl);
        var page = await context.NewPageAsync();
        await page.SignInAsync(Rep);

        await page.GoToAsync("/leads");
        await page.GetByTestId("lead-new").ClickAsync();
        await page.Field("lead-personname").FillAsync(person);
        await page.Field("lead-company").FillAsync(account.Name);

        await Expect(page.GetByTestId("duplicate-link").Filter(new() { HasText = account.Name })).ToBeVisibleAsync();

        await page.Field("lead-email").FillAsync($"{Guid.NewGuid():N}@visitor.example");
        await page.GetByTestId("lead-save").ClickAsync();

        await Expect(page.GetByTestId("lead-title")).ToHaveTextAsync(person);
        await Expect(page.GetByTestId("lead-owner")).ToContainTextAsync("David Miller");
        await Expect(page.GetByTestId("lead-duplicates")).ToContainTextAsync(account.Name);
    }
}
