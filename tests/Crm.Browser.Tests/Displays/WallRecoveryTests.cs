using Crm.Browser.Tests.Common;
using Crm.Domain.Displays;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Crm.Browser.Tests.Displays;

/// <summary>
/// A TV left alone while the server under it goes away and comes back, as in a deployment:
/// nobody touches the page, and it ends up live again on a new circuit.
/// </summary>
public sealed class WallRecoveryTests(BrowserFixture browser)
{
    // Staleness shows after 30 s of silence; starting the app again seeds nothing new but
    // still takes a while on a loaded machine.
    private const float StalePatience = 60_000;
    private const float RecoveryPatience = 120_000;

    [Fact]
    public async Task ServerRestart_UnderAnOpenDisplay_ShowsReconnectingThenRecoversByItself()
    {
        await using var app = new RestartableApp();
        app.Start();
        var team = await app.Services.TeamOfAsync("zhang.wei@demo.crm");
        var display = await app.Services.DisplayAsync("重启测试", DisplayKind.Sales, team,
            [new DisplayPage(null, [DisplayPanel.Leaderboard, DisplayPanel.TargetGauge])]);
        var tv = new ViewportSize { Width = 1920, Height = 1080 };
        await using var context = await browser.NewContextAsync(app.BaseUrl, tv);
        var page = await context.NewPageAsync();
        await page.GoToAsync($"/wall/{display.Token}");
        await page.MarkDocumentAsync();

        await app.StopAsync();

        await Expect(page.GetByTestId("wall-banner")).ToBeVisibleAsync(new() { Timeout = StalePatience });
        Assert.True(await page.IsSameDocumentAsync(), "The page stayed put while the server was away.");

        app.Start();

        await page.WaitUntilAsync(
            "() => window.wallTestMark === undefined && !!document.querySelector(\"[data-testid='circuit-ready']\")",
            TimeSpan.FromMilliseconds(RecoveryPatience));
        await Expect(page.GetByTestId("wall-name")).ToHaveTextAsync("重启测试");
        await Expect(page.GetByTestId("wall-banner")).ToBeHiddenAsync();
        Assert.EndsWith($"/wall/{display.Token}", page.Url, StringComparison.Ordinal);
    }
}
