using Crm.Browser.Tests.Common;
using static Microsoft.Playwright.Assertions;

namespace Crm.Browser.Tests.Leads;

public sealed class LeadEntryTests(BrowserFixture browser, CrmAppFixture app)
{
    private const string Rep = "david.miller@demo.crm";

    // The duplicate look-up, the save and the rules are server round trips; a loaded machine is slow.
    private const float Patience = 30_000;

    // A company of more than a thousand people: the seeded rule 千人以上企业 gives it to the least
    // busy of the key-accounts team, David Miller's own, so he can open it.
    [Fact]
    public async Task NewLead_CompanyOfAnOwnAccount_WarnsWhileTypingAndLandsWithHisTeam()
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

        await Expect(page.GetByTestId("duplicate-link").Filter(new() { HasText = account.Name }))
            .ToBeVisibleAsync(new() { Timeout = Patience });

        await page.Field("lead-email").FillAsync($"{Guid.NewGuid():N}@visitor.example");
        await page.PickAsync("lead-size", "1,001–5,000 employees");
        await page.GetByTestId("lead-save").ClickAsync();

        await Expect(page.GetByTestId("lead-title")).ToHaveTextAsync(person, new() { Timeout = Patience });
        await Expect(page.GetByTestId("lead-assignment-note")).ToContainTextAsync("Assigned by rule 千人以上企业");
        await Expect(page.GetByTestId("lead-duplicates")).ToContainTextAsync(account.Name);
    }
}
