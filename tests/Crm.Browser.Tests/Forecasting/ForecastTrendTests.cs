using Crm.Browser.Tests.Common;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Crm.Browser.Tests.Forecasting;

/// <summary>"Forecast over time" on the demo's seeded weekly snapshots, as a sales manager sees it.</summary>
public sealed class ForecastTrendTests(BrowserFixture browser, CrmAppFixture app) : IAsyncDisposable
{
    private const string Manager = "chen.li@demo.crm";

    private IBrowserContext? _context;

    [Fact]
    public async Task ForecastPage_Opened_DrawsTheTrendOfTheSeededSnapshots()
    {
        _context = await browser.NewContextAsync(app.BaseUrl);
        var page = await _context.NewPageAsync();
        await page.SignInAsync(Manager);

        await page.GoToAsync("/forecast");

        // Plotly draws into an SVG of its own once the chart has data.
        await Expect(page.GetByTestId("forecast-trend").Locator("svg.main-svg").First).ToBeVisibleAsync();
        await Expect(page.GetByTestId("forecast-trend-empty")).ToHaveCountAsync(0);
    }

    public async ValueTask DisposeAsync()
    {
        if (_context is not null)
        {
            await _context.DisposeAsync();
        }
    }
}
