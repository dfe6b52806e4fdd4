using Crm.Browser.Tests.Common;

namespace Crm.Browser.Tests;

public sealed class HealthTests(BrowserFixture browser, CrmAppFixture app)
{
    [Fact]
    public async Task Health_OpenedInBrowser_Returns200()
    {
        await using var context = await browser.NewContextAsync(app.BaseUrl);
        var page = await context.NewPageAsync();

        var response = await page.GotoAsync("/health");

        Assert.Equal(200, response?.Status);
    }
}
