using Crm.Browser.Tests.Common;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Crm.Browser.Tests.Displays;

/// <summary>A manager sets a display up on the setup page and takes its address to the TV.</summary>
public sealed class DisplaySetupTests(BrowserFixture browser, CrmAppFixture app) : IAsyncDisposable
{
    private const string Manager = "chen.li@demo.crm";

    private readonly List<IBrowserContext> _contexts = [];

    [Fact]
    public async Task Manager_SetsUpADisplay_ItsAddressOpensTheWall()
    {
        var name = $"华东战况 {Guid.NewGuid().ToString("N")[..4]}";
        var manager = await SignedInManagerAsync();

        var address = await SetUpAsync(manager, name);

        await ShootAsync(manager, "displays-address.png");
        var tv = await OpenAsync(1920, 1080);
        await tv.GotoAsync(new Uri(address).PathAndQuery);
        await Expect(tv.GetByTestId("wall-name")).ToHaveTextAsync(name);
        await Expect(tv.GetByTestId("wall-panel-leaderboard")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Manager_RevokesADisplay_TheTvGoesBlank()
    {
        var name = $"撤销演示 {Guid.NewGuid().ToString("N")[..4]}";
        var manager = await SignedInManagerAsync();
        var address = await SetUpAsync(manager, name);
        await manager.GetByTestId("display-address-close").ClickAsync();
        var tv = await OpenAsync(1920, 1080);
        await tv.GotoAsync(new Uri(address).PathAndQuery);
        await Expect(tv.GetByTestId("wall-name")).ToHaveTextAsync(name);
        var card = manager.GetByTestId("display-row").Filter(new() { HasText = name });

        await card.GetByTestId("display-revoke").ClickAsync();
        await manager.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button).Last.ClickAsync();

        await Expect(tv.GetByTestId("wall-gone")).ToBeVisibleAsync();
        await Expect(card.GetByTestId("display-row-status")).ToContainTextAsync("已停用");
        await ShootAsync(manager, "displays-list.png");
    }

    [Fact]
    public async Task DemoSupportRoom_OpensAtItsDocumentedAddressInEnglish()
    {
        var tv = await OpenAsync(1920, 1080);

        await tv.GotoAsync("/wall/demo-frontline-support-room-wall-tv-2026-02");

        await Expect(tv.GetByTestId("wall")).ToHaveAttributeAsync("lang", "en-US");
        await Expect(tv.GetByTestId("wall-panel-queue")).ToBeVisibleAsync();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var context in _contexts)
        {
            await context.DisposeAsync();
        }
    }

    // Saves a new display with the dialog's defaults and the name given; returns its address.
    private static async Task<string> SetUpAsync(IPage manager, string name)
    {
        await manager.GetByTestId("display-new").ClickAsync();
        await manager.Locator("input[data-testid=display-name]").FillAsync(name);
        await manager.GetByTestId("display-save").ClickAsync();

        return await manager.Locator("input[data-testid=display-address]").InputValueAsync();
    }

    private static Task ShootAsync(IPage page, string fileName) =>
        page.ScreenshotAsync(new() { Path = WallScreens.ArtifactPath(fileName) });

    private async Task<IPage> SignedInManagerAsync()
    {
        var manager = await OpenAsync(1440, 900);
        await manager.SignInAsync(Manager);
        await manager.GoToAsync("/displays");

        return manager;
    }

    private async Task<IPage> OpenAsync(int width, int height)
    {
        var context = await browser.NewContextAsync(app.BaseUrl, new ViewportSize { Width = width, Height = height });
        _contexts.Add(context);

        return await context.NewPageAsync();
    }
}
