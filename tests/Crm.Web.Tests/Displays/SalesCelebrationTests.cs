using Bunit;
using Crm.Infrastructure.Displays.Boards;
using Crm.Web.Displays.Sales;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Crm.Web.Tests.Displays;

public sealed class SalesCelebrationTests : Common.CrmTestContext
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(Now, TimeSpan.Zero));

    public SalesCelebrationTests()
    {
        Services.AddSingleton<TimeProvider>(_clock);
    }

    [Fact]
    public void FirstBoard_WithWinsAlreadyOnIt_CelebratesNothing()
    {
        var celebration = Show(PanelSamples.Sales());

        Assert.Empty(celebration.FindAll("[data-testid='wall-celebration']"));
    }

    [Fact]
    public void NewerBoard_WithANewWin_ShowsItsRepOpportunityAccountAndAmount()
    {
        var first = PanelSamples.Sales();
        var celebration = Show(first);

        celebration.Render(p => p.Add(x => x.Board, WithWin(first, "阿里巴巴大单", 125_000_000)));

        var overlay = celebration.Find("[data-testid='wall-celebration']");
        Assert.Equal("阿里巴巴大单", Text(overlay, "wall-celebration-opportunity"));
        Assert.Equal("¥125万", Text(overlay, "wall-celebration-amount"));
        Assert.Contains("签单人：张伟", overlay.TextContent);
    }

    [Fact]
    public void NewerBoard_WithOnlyAStageMove_CelebratesNothing()
    {
        var first = PanelSamples.Sales();
        var celebration = Show(first);
        var moved = PanelSamples.Moment(SalesMomentKind.StageMoved, "京东物流", "商务谈判", 1, Now);

        celebration.Render(p => p.Add(x => x.Board, first with { Feed = [moved, .. first.Feed] }));

        Assert.Empty(celebration.FindAll("[data-testid='wall-celebration']"));
    }

    [Fact]
    public void NewerBoard_WithAWinOlderThanTheFirstBoardsWins_CelebratesNothing()
    {
        var first = PanelSamples.Sales();
        var celebration = Show(first);
        var old = PanelSamples.Moment(SalesMomentKind.Won, "旧的赢单", null, 1_000_000, Now.AddDays(-1));

        celebration.Render(p => p.Add(x => x.Board, first with { Feed = [.. first.Feed, old] }));

        Assert.Empty(celebration.FindAll("[data-testid='wall-celebration']"));
    }

    [Fact]
    public void Celebration_AfterItsTime_GoesAwayByItself()
    {
        var first = PanelSamples.Sales();
        var celebration = Show(first);
        celebration.Render(p => p.Add(x => x.Board, WithWin(first, "阿里巴巴大单", 125_000_000)));

        _clock.Advance(SalesCelebration.ShownFor);

        celebration.WaitForAssertion(() =>
            Assert.Empty(celebration.FindAll("[data-testid='wall-celebration']")));
    }

    [Theory]
    [InlineData(true, 1)]
    [InlineData(false, 0)]
    public void NewWin_RingsTheChimeOnlyWhenTheDisplayPlaysSound(bool playSound, int chimes)
    {
        var first = PanelSamples.Sales();
        var celebration = Show(first, playSound);

        celebration.Render(p => p.Add(x => x.Board, WithWin(first, "阿里巴巴大单", 125_000_000)));

        Assert.Equal(chimes, JSInterop.Invocations.Count(i => i.Identifier == "crmWall.chime"));
    }

    private static string Text(AngleSharp.Dom.IElement element, string testId) =>
        element.QuerySelector($"[data-testid='{testId}']")!.TextContent.Trim();

    private static SalesBoard WithWin(SalesBoard board, string opportunity, long amount) => board with
    {
        Feed = [PanelSamples.Moment(SalesMomentKind.Won, opportunity, null, amount, Now), .. board.Feed],
        UpdatedAt = Now,
    };

    private IRenderedComponent<SalesCelebration> Show(SalesBoard board, bool playSound = false) =>
        Render<SalesCelebration>(p => p
            .Add(x => x.Board, board)
            .Add(x => x.PlaySound, playSound)
            .AddCascadingValue(PanelSamples.Chinese));
}
