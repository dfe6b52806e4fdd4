using Crm.Browser.Tests.Common;
using Crm.Browser.Tests.Pipeline;
using Crm.Domain.Displays;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Crm.Browser.Tests.Displays;

/// <summary>Wall displays as a TV shows them: sized for the room, live, and stopped when revoked.</summary>
public sealed class WallDisplayTests(BrowserFixture browser, CrmAppFixture app) : IAsyncDisposable
{
    private const string Rep = "zhang.wei@demo.crm";
    private const string Agent = "he.li@demo.crm";

    // Live changes reach the TV through the server; a loaded machine may take a while.
    private const float Patience = 30_000;

    private static readonly (string Name, int Width, int Height)[] Screens =
        [("1080p", 1920, 1080), ("4k", 3840, 2160)];

    private readonly List<IBrowserContext> _contexts = [];

    [Fact]
    public async Task SalesAndServiceDisplays_At1080pAnd4K_FillTheScreenWithoutScrolling()
    {
        var salesTeam = await app.Services.TeamOfAsync(Rep);
        var supportTeam = await app.Services.TeamOfAsync(Agent);
        var sales = await app.Services.DisplayAsync("华东销售大屏", DisplayKind.Sales, salesTeam,
        [
            new DisplayPage("本月战况", [.. DisplayPanels.Sales]),
            new DisplayPage("目标", [DisplayPanel.TargetGauge, DisplayPanel.Leaderboard, DisplayPanel.Forecast]),
        ]);
        var service = await app.Services.DisplayAsync("Frontline Support", DisplayKind.Service, supportTeam,
            [new DisplayPage("Queue", [.. DisplayPanels.Service])], language: "en-US");
        var shots = new List<string>();

        foreach (var (name, width, height) in Screens)
        {
            var page = await OpenAsync($"/wall/{sales.Token}", width, height);
            for (var index = 0; index < 2; index++)
            {
                await page.ShowPageAsync(index);
                await ExpectFitsAsync(page, $"sales page {index + 1} at {name}");
                shots.Add(await ShootAsync(page, $"wall-sales-{index + 1}-{name}.png"));
            }

            page = await OpenAsync($"/wall/{service.Token}", width, height);
            await ExpectFitsAsync(page, $"service at {name}");
            shots.Add(await ShootAsync(page, $"wall-service-{name}.png"));
        }

        Assert.All(shots, shot => Assert.True(new FileInfo(shot).Length > 10_000, shot));
    }

    [Fact]
    public async Task Pages_RotateInTheBrowserAtTheDisplaysInterval()
    {
        var team = await app.Services.TeamOfAsync(Rep);
        var display = await app.Services.DisplayAsync("轮播测试", DisplayKind.Sales, team,
        [
            new DisplayPage("第一页", [DisplayPanel.Leaderboard]),
            new DisplayPage("第二页", [DisplayPanel.Funnel]),
        ], rotation: TimeSpan.FromSeconds(10));
        var page = await OpenAsync($"/wall/{display.Token}");
        var pages = page.GetByTestId("wall-page");
        await Expect(pages.Nth(0)).ToBeVisibleAsync();

        await Expect(pages.Nth(1)).ToBeVisibleAsync(new() { Timeout = Patience });

        await Expect(pages.Nth(0)).ToBeHiddenAsync();
        await Expect(page.Locator("[data-wall-page-name]")).ToHaveTextAsync("第二页");
    }

    [Fact]
    public async Task RepMovesADeal_AnOpenDisplayShowsItWithoutReload()
    {
        var (pipelineId, opportunity) = await app.PipelineWithOpportunityOfAsync(Rep);
        var team = await app.Services.TeamOfAsync(Rep);
        var display = await app.Services.DisplayAsync("华东实时动态", DisplayKind.Sales, team,
            [new DisplayPage(null, [DisplayPanel.SalesFeed, DisplayPanel.Funnel])], pipelineId);
        var wall = await OpenAsync($"/wall/{display.Token}");
        await wall.MarkDocumentAsync();
        var rep = await SignedInAsync(Rep);
        await rep.GoToAsync($"/pipeline/{pipelineId}");
        var card = rep.Locator("[data-testid=board-column][data-stage='初步接洽']")
            .GetByTestId("board-card").Filter(new() { HasText = opportunity });

        await card.DragToAsync(rep.Locator("[data-testid=board-column][data-stage='方案报价']"));

        await Expect(FeedLine(wall, opportunity).Filter(new() { HasText = "方案报价" }))
            .ToBeVisibleAsync(new() { Timeout = Patience });
        Assert.True(await wall.IsSameDocumentAsync());
    }

    [Fact]
    public async Task DealWon_WhileADisplayShows_CelebratesIt()
    {
        var (pipelineId, opportunity) = await app.PipelineWithOpportunityOfAsync(Rep);
        var team = await app.Services.TeamOfAsync(Rep);
        var display = await app.Services.DisplayAsync("赢单庆祝", DisplayKind.Sales, team,
            [new DisplayPage(null, [DisplayPanel.SalesFeed, DisplayPanel.Leaderboard])], pipelineId);
        var wall = await OpenAsync($"/wall/{display.Token}");
        await Expect(FeedLine(wall, opportunity)).ToBeVisibleAsync(new() { Timeout = Patience });

        await app.Services.WinOpportunityAsync(pipelineId, opportunity);

        var celebration = wall.GetByTestId("wall-celebration");
        await Expect(celebration).ToBeVisibleAsync(new() { Timeout = Patience });
        await Expect(celebration.GetByTestId("wall-celebration-opportunity")).ToContainTextAsync(opportunity);
        await ShootAsync(wall, "wall-celebration-1080p.png");
    }

    [Fact]
    public async Task Revoked_WhileShowing_GoesBlankWithAMessage()
    {
        var team = await app.Services.TeamOfAsync(Rep);
        var display = await app.Services.DisplayAsync("撤销测试", DisplayKind.Sales, team,
            [new DisplayPage(null, [DisplayPanel.Leaderboard])]);
        var wall = await OpenAsync($"/wall/{display.Token}");
        await Expect(wall.GetByTestId("wall-name")).ToHaveTextAsync("撤销测试");

        await app.Services.RevokeDisplayAsync(display.Id);

        await Expect(wall.GetByTestId("wall-gone")).ToBeVisibleAsync(new() { Timeout = Patience });
        await Expect(wall.GetByTestId("wall")).ToHaveCountAsync(0);
        await Expect(wall.GetByText("撤销测试")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task WrongToken_SeesNothing()
    {
        var team = await app.Services.TeamOfAsync(Rep);
        var display = await app.Services.DisplayAsync("真实大屏", DisplayKind.Sales, team,
            [new DisplayPage(null, [DisplayPanel.Leaderboard])]);
        var context = await NewContextAsync(1920, 1080);
        var page = await context.NewPageAsync();
        var wrong = display.Token[..^4] + (display.Token.EndsWith("AAAA", StringComparison.Ordinal) ? "BBBB" : "AAAA");

        await page.GotoAsync($"/wall/{wrong}");

        await Expect(page.GetByTestId("wall-gone")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("wall")).ToHaveCountAsync(0);
        Assert.DoesNotContain("真实大屏", await page.ContentAsync(), StringComparison.Ordinal);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var context in _contexts)
        {
            await context.DisposeAsync();
        }
    }

    private static ILocator FeedLine(IPage page, string opportunity) =>
        page.GetByTestId("wall-feed-item").Filter(new() { HasText = opportunity });

    private static async Task ExpectFitsAsync(IPage page, string what)
    {
        // Fonts and the first board settle in a moment; fitting is checked on what the room sees.
        await page.EvaluateAsync("() => document.fonts.ready");
        var overflowing = await page.OverflowingAsync();
        Assert.True(overflowing.Length == 0, $"{what}: {string.Join("; ", overflowing)}");
    }

    private static async Task<string> ShootAsync(IPage page, string fileName)
    {
        var path = WallScreens.ArtifactPath(fileName);
        await page.ScreenshotAsync(new() { Path = path });

        return path;
    }

    private async Task<IPage> OpenAsync(string path, int width = 1920, int height = 1080)
    {
        var context = await NewContextAsync(width, height);
        var page = await context.NewPageAsync();
        await page.GoToAsync(path);
        await Expect(page.GetByTestId("wall")).ToBeVisibleAsync();

        return page;
    }

    private async Task<IPage> SignedInAsync(string email)
    {
        var context = await NewContextAsync(1440, 900);
        var page = await context.NewPageAsync();
        await page.SignInAsync(email);

        return page;
    }

    private async Task<IBrowserContext> NewContextAsync(int width, int height)
    {
        var context = await browser.NewContextAsync(app.BaseUrl, new ViewportSize { Width = width, Height = height });
        _contexts.Add(context);

        return context;
    }
}
