using Crm.Browser.Tests.Common;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Crm.Browser.Tests.Targets;

/// <summary>The targets page's attainment history as a rep sees it in the browser.</summary>
public sealed class TargetsHistoryTests(BrowserFixture browser, CrmAppFixture app) : IAsyncDisposable
{
    private const string Rep = "wang.lei@demo.crm";

    private IBrowserContext? _context;

    // The demo company sets targets for this month and the two before it: the six months show
    // three without a target (a dash) and three with one.
    [Fact]
    public async Task History_Opened_DrawsSixMonthsAndTheirTable()
    {
        _context = await browser.NewContextAsync(app.BaseUrl);
        var page = await _context.NewPageAsync();
        await page.SignInAsync(Rep);
        await page.GoToAsync("/targets");
        var card = page.GetByTestId("targets-history");

        await Expect(card.GetByTestId("targets-history-chart").Locator("svg.main-svg").First).ToBeVisibleAsync();
        await card.GetByTestId("chart-table-toggle").ClickAsync();

        var rows = card.GetByTestId("chart-table").Locator("tbody tr");
        await Expect(rows).ToHaveCountAsync(6);
        await Expect(rows.Nth(0).Locator("td").Nth(2)).ToHaveTextAsync("—");
        await Expect(rows.Nth(5).Locator("td").Nth(2)).Not.ToHaveTextAsync("—");
    }

    public async ValueTask DisposeAsync()
    {
        if (_context is not null)
        {
            await _context.DisposeAsync();
        }
    }
}
