using Bunit;
using Crm.Infrastructure.Displays;
using Crm.Infrastructure.Displays.Boards;
using Crm.Web.Displays.Wall;
using Crm.Web.Tests.Common;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Web.Tests.Displays;

public sealed class WallPageTests : CrmTestContext
{
    private const string Token = "kiosk-token";

    private readonly FakeDisplayDirectory _directory = new();
    private readonly FakeSalesBoards _sales = new();
    private readonly FakeServiceBoards _service = new();

    public WallPageTests()
    {
        Services.AddSingleton<IDisplayDirectory>(_directory);
        Services.AddSingleton<ISalesBoards>(_sales);
        Services.AddSingleton<IServiceBoards>(_service);
        Services.AddSingleton(new WallHeartbeat(TimeProvider.System));
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    [Fact]
    public void Open_LiveToken_ShowsTheDisplayInItsOwnLanguageWithItsPages()
    {
        var screen = ShowSales(WallSamples.SalesScreen("zh-CN"));

        var page = Render<WallPage>(p => p.Add(x => x.Token, Token));

        var wall = page.Find("[data-testid='wall']");
        Assert.Equal("zh-CN", wall.GetAttribute("lang"));
        Assert.Equal("dark", wall.GetAttribute("data-theme"));
        Assert.Equal("20", wall.GetAttribute("data-rotation"));
        Assert.Equal(screen.Name, page.Find("[data-testid='wall-name']").TextContent);
        Assert.Equal(2, page.FindAll("[data-testid='wall-page']").Count);
        Assert.Equal("本月战况", page.FindAll("[data-testid='wall-page']")[0].GetAttribute("data-title"));
        Assert.Equal("Asia/Shanghai", page.Find("[data-testid='wall-clock']").GetAttribute("data-zone"));
        // 08:00 UTC is 16:00 in Shanghai.
        Assert.Contains("更新于 16:00:00", page.Find("[data-testid='wall-updated']").TextContent);
        var banner = page.Find("[data-testid='wall-banner']");
        Assert.Equal("正在重新连接…数据可能不是最新", banner.TextContent);
    }

    [Fact]
    public void Open_UnknownToken_ShowsTheTurnedOffMessageInBothLanguagesAndNoData()
    {
        var page = Render<WallPage>(p => p.Add(x => x.Token, "nobody-knows-this"));

        var gone = page.Find("[data-testid='wall-gone']");
        Assert.Equal("gone", gone.GetAttribute("data-state"));
        Assert.Contains("此显示屏已停用", gone.TextContent);
        Assert.Contains("This display is turned off", gone.TextContent);
        Assert.Empty(page.FindAll("[data-testid='wall']"));
        Assert.Equal(0, _sales.Held.OpenWatches);
        Assert.Equal(0, _directory.SubscriberCount);
    }

    [Fact]
    public void Revoked_WhileShowing_GoesBlankAndLetsGoOfItsBoard()
    {
        var screen = ShowSales(WallSamples.SalesScreen());
        var page = Render<WallPage>(p => p.Add(x => x.Token, Token));
        Assert.Equal(1, _sales.Held.OpenWatches);

        _directory.Screens.Remove(Token);
        _directory.Changed(screen.Id);

        page.WaitForElement("[data-testid='wall-gone']");
        Assert.Equal(0, _sales.Held.OpenWatches);
        Assert.Equal(0, _directory.SubscriberCount);
    }

    [Fact]
    public void Edited_WhileShowing_TakesTheNewLanguageAndPages()
    {
        var screen = ShowSales(WallSamples.SalesScreen("zh-CN"));
        var page = Render<WallPage>(p => p.Add(x => x.Token, Token));

        _directory.Screens[Token] = screen with { Version = 2, Language = "en-US", Pages = [screen.Pages[1]] };
        _directory.Changed(screen.Id);

        page.WaitForAssertion(() => Assert.Equal("en-US", page.Find("[data-testid='wall']").GetAttribute("lang")));
        Assert.Single(page.FindAll("[data-testid='wall-page']"));
        Assert.Contains("Updated 16:00:00", page.Find("[data-testid='wall-updated']").TextContent);
        // The scope did not change: the screen keeps the board it held.
        Assert.Equal(1, _sales.Held.OpenWatches);
    }

    [Fact]
    public void ChangeToAnotherDisplay_IsNotFollowed()
    {
        ShowSales(WallSamples.SalesScreen());
        var page = Render<WallPage>(p => p.Add(x => x.Token, Token));
        _directory.Screens.Remove(Token);

        _directory.Changed(Guid.NewGuid());

        Assert.NotEmpty(page.FindAll("[data-testid='wall']"));
    }

    [Fact]
    public void NewerBoard_ReRendersAndTellsTheBrowserItIsAlive()
    {
        var screen = ShowSales(WallSamples.SalesScreen());
        var page = Render<WallPage>(p => p.Add(x => x.Token, Token));
        var beatsBefore = JSInterop.Invocations.Count(i => i.Identifier == "crmWall.beat");

        _sales.Held.Publish(WallSamples.ScopeOf(screen), WallSamples.SalesBoard(Now.AddMinutes(5)));

        page.WaitForAssertion(() =>
            Assert.Contains("16:05:00", page.Find("[data-testid='wall-updated']").TextContent));
        page.WaitForAssertion(() =>
            Assert.True(JSInterop.Invocations.Count(i => i.Identifier == "crmWall.beat") > beatsBefore));
    }

    [Fact]
    public void ServiceDisplay_HoldsTheTeamsServiceBoardInItsTheme()
    {
        var screen = WallSamples.ServiceScreen();
        _directory.Screens[Token] = screen;
        _service.Held.Boards[new ServiceBoardScope(WallSamples.SupportTeam, null)] = WallSamples.ServiceBoard(Now);

        var page = Render<WallPage>(p => p.Add(x => x.Token, Token));

        Assert.Equal("light", page.Find("[data-testid='wall']").GetAttribute("data-theme"));
        Assert.Equal(1, _service.Held.OpenWatches);
        Assert.Equal(0, _sales.Held.OpenWatches);
    }

    [Fact]
    public void ScopeRemoved_SaysSoOnScreen()
    {
        _directory.Screens[Token] = WallSamples.SalesScreen("en-US");

        var page = Render<WallPage>(p => p.Add(x => x.Token, Token));

        Assert.Equal(
            "The team or queue this display shows no longer exists.",
            page.Find("[data-testid='wall-scope-gone']").TextContent);
    }

    private DisplayScreen ShowSales(DisplayScreen screen)
    {
        _directory.Screens[Token] = screen;
        _sales.Held.Boards[WallSamples.ScopeOf(screen)] = WallSamples.SalesBoard(Now);

        return screen;
    }
}
