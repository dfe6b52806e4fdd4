using Crm.Browser.Tests.Common;
using static Microsoft.Playwright.Assertions;

namespace Crm.Browser.Tests.Assignment;

public sealed class AssignmentPreviewTests(BrowserFixture browser, CrmAppFixture app)
{
    private const string Admin = "admin@demo.crm";

    [Fact]
    public async Task Preview_AdminTypesALargeEastChinaLead_ShowsTheKeyAccountsRuleDeciding()
    {
        await using var context = await browser.NewContextAsync(app.BaseUrl);
        var page = await context.NewPageAsync();
        await page.SignInAsync(Admin);

        await page.FollowAsync(page.GetByTestId("nav-assignment"));
        await Expect(page.GetByTestId("rule-summary").First).ToContainTextAsync("大客户部");
        await page.Field("preview-region").FillAsync("华东");
        await page.PickAsync("preview-companySize", "1001–5000 人");

        await Expect(page.GetByTestId("preview-rule")).ToContainTextAsync("千人以上企业");
    }
}
