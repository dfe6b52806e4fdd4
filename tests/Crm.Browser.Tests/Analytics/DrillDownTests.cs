using System.Globalization;
using System.Text.RegularExpressions;
using Crm.Browser.Tests.Common;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Crm.Browser.Tests.Analytics;

/// <summary>Clicking a drawn chart segment opens the records behind it, as many as the segment shows.</summary>
public sealed class DrillDownTests(BrowserFixture browser, CrmAppFixture app) : IAsyncDisposable
{
    private const string SupportLead = "xu.jing@demo.crm";

    private IBrowserContext? _context;

    // The demo's tickets: the longest channel bar, clicked where Plotly drew it, lists that many tickets.
    [Fact]
    public async Task ChannelBar_Clicked_ListsAsManyTicketsAsTheBarCounts()
    {
        _context = await browser.NewContextAsync(app.BaseUrl);
        var page = await _context.NewPageAsync();
        await page.SignInAsync(SupportLead);
        await page.GoToAsync("/analytics/service");
        var chart = page.GetByTestId("service-channels");
        await Expect(chart.Locator("g.point path").First).ToBeVisibleAsync();
        await chart.ScrollIntoViewIfNeededAsync();
        var (box, count) = await LongestAsync(chart);

        // Plotly clicks the point it last hovered: wait for its hover label before clicking.
        await page.Mouse.MoveAsync(box.X + (box.Width / 2), box.Y + (box.Height / 2));
        await Expect(chart.Locator("g.hoverlayer g.hovertext").First).ToBeVisibleAsync();
        await page.Mouse.DownAsync();
        await page.Mouse.UpAsync();

        var rows = page.GetByTestId("records-row");
        await Expect(rows).ToHaveCountAsync(Math.Min(count, 200));
        await Expect(rows.First.Locator("a"))
            .ToHaveAttributeAsync("href", new Regex(@"^/tickets/\d+$"));
    }

    public async ValueTask DisposeAsync()
    {
        if (_context is not null)
        {
            await _context.DisposeAsync();
        }
    }

    // Each bar is a point group: its shape and its count as text. The widest is the longest bar.
    private static async Task<(LocatorBoundingBoxResult Box, int Count)> LongestAsync(ILocator chart)
    {
        var points = chart.Locator("g.point");
        (LocatorBoundingBoxResult? Box, int Count) best = (null, 0);
        for (var i = 0; i < await points.CountAsync(); i++)
        {
            var point = points.Nth(i);
            var box = await point.Locator("path").BoundingBoxAsync();
            if (box is not null && await point.Locator("text").CountAsync() == 1
                && (best.Box is null || box.Width > best.Box.Width))
            {
                var text = await point.Locator("text").TextContentAsync() ?? "";
                best = (box, int.Parse(text.Replace(",", ""), CultureInfo.InvariantCulture));
            }
        }

        return (best.Box ?? throw new InvalidOperationException("No bar was drawn."), best.Count);
    }
}
