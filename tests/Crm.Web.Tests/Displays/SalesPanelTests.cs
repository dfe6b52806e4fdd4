using Bunit;
using Crm.Domain.Displays;
using Crm.Infrastructure.Displays.Boards;
using Crm.Web.Displays.Sales;
using Crm.Web.Displays.Wall;
using Crm.Web.Tests.Common;
using Microsoft.AspNetCore.Components;

namespace Crm.Web.Tests.Displays;

// The circuit speaks English throughout: every Chinese text below comes from the display's culture.
public sealed class SalesPanelTests : CrmTestContext
{
    [Fact]
    public void Leaderboard_Reps_RanksByWonWithTheDisplaysMoney()
    {
        var panel = Show<LeaderboardPanel>(PanelSamples.Sales(), PanelSamples.Chinese);

        var names = panel.FindAll("[data-testid='wall-leader-name']").Select(n => n.TextContent);
        Assert.Equal(["张伟", "王芳", "刘洋"], names);
        Assert.Equal("¥125万", panel.FindAll("[data-testid='wall-leader-won']")[0].TextContent);
        Assert.Contains("本月业绩排行", panel.Find(".wall-panel-title").TextContent);
    }

    [Fact]
    public void Leaderboard_InEnglish_ShowsCompactMoneyAndTheShareOfTarget()
    {
        var panel = Show<LeaderboardPanel>(PanelSamples.Sales(), PanelSamples.English);

        var leader = panel.FindAll("[data-testid='wall-leader']")[0];
        Assert.Equal("¥1.3M", leader.QuerySelector("[data-testid='wall-leader-won']")!.TextContent);
        Assert.Contains("125%", leader.TextContent);
        Assert.Contains("1 won", panel.FindAll("[data-testid='wall-leader']")[2].TextContent);
    }

    [Fact]
    public void Leaderboard_TwelveReps_ShowsTheTopEight()
    {
        var board = PanelSamples.Sales() with
        {
            Leaders = [.. Enumerable.Range(1, 12)
                .Select(i => new LeaderboardRow(Guid.NewGuid(), $"Rep {i}", i * 100, 1, null))],
        };

        var panel = Show<LeaderboardPanel>(board, PanelSamples.English);

        Assert.Equal(8, panel.FindAll("[data-testid='wall-leader']").Count);
        Assert.Equal("Rep 12", panel.Find("[data-testid='wall-leader-name']").TextContent);
    }

    [Fact]
    public void Leaderboard_NoReps_SaysSo()
    {
        var panel = Show<LeaderboardPanel>(PanelSamples.Sales() with { Leaders = [] }, PanelSamples.Chinese);

        Assert.Equal("暂无销售排行", panel.Find("[data-testid='wall-empty']").TextContent);
    }

    [Fact]
    public void Feed_StageMove_ShowsOpportunityStageAndTimeOnTheOrganisationsClock()
    {
        var panel = Show<SalesFeedPanel>(PanelSamples.Sales(), PanelSamples.Chinese);

        var moved = panel.Find("[data-testid='wall-feed-item'][data-kind='StageMoved']");
        Assert.Contains("腾讯会议室", moved.TextContent);
        Assert.Contains("方案报价", moved.TextContent);
        // 07:30 UTC is 15:30 in Shanghai.
        Assert.Equal("15:30", moved.QuerySelector("time")!.TextContent);
    }

    [Fact]
    public void Feed_Win_IsMarkedWonWithItsAmount()
    {
        var panel = Show<SalesFeedPanel>(PanelSamples.Sales(), PanelSamples.English);

        var won = panel.FindAll("[data-testid='wall-feed-item']")[0];
        Assert.Contains("sales-moment-won", won.ClassList);
        Assert.Equal("¥500K", won.QuerySelector(".sales-moment-amount")!.TextContent);
        Assert.Equal("Won", won.QuerySelector(".sales-moment-kind")!.TextContent);
    }

    [Fact]
    public void Feed_WinIntoTheWonStage_NamesTheOutcomeOnce()
    {
        var win = PanelSamples.Moment(SalesMomentKind.Won, "华为云扩容", "赢单", 50_000_000, PanelSamples.Now);

        var panel = Show<SalesFeedPanel>(PanelSamples.Sales() with { Feed = [win] }, PanelSamples.Chinese);

        Assert.Empty(panel.FindAll("[data-testid='wall-feed-item'] .sales-moment-stage"));
    }

    [Fact]
    public void Feed_NoMoments_SaysSoInEnglish()
    {
        var panel = Show<SalesFeedPanel>(PanelSamples.Sales() with { Feed = [] }, PanelSamples.English);

        Assert.Equal("No wins or stage moves yet", panel.Find("[data-testid='wall-empty']").TextContent);
    }

    [Fact]
    public void Funnel_Stages_ShowCountsInPipelineOrderNarrowing()
    {
        var panel = Show<FunnelPanel>(PanelSamples.Sales(), PanelSamples.Chinese);

        var counts = panel.FindAll("[data-testid='wall-funnel-count']").Select(c => c.TextContent);
        Assert.Equal(["10", "6", "2"], counts);
        var widths = panel.FindAll(".sales-stage-bar").Select(b => b.GetAttribute("style"));
        Assert.Equal(["width: 100%", "width: 60%", "width: 20%"], widths);
    }

    [Fact]
    public void TargetGauge_AheadOfPace_ShowsTheShareAttainedAndThePaceTick()
    {
        var panel = Show<TargetGaugePanel>(PanelSamples.Sales(), PanelSamples.Chinese);

        Assert.Equal("75%", panel.Find("[data-testid='wall-gauge-figure']").TextContent);
        Assert.Equal("ahead", panel.Find("[data-standing]").GetAttribute("data-standing"));
        // Half the period gone: the tick stands straight up, above the dial's centre.
        Assert.Equal("100", panel.Find("[data-testid='wall-gauge-pace']").GetAttribute("x1"));
    }

    [Fact]
    public void TargetGauge_NoTarget_ShowsWhatIsWonAndSaysSo()
    {
        var board = PanelSamples.Sales() with { Target = new TargetPace(225_000_000, null, 0.5m) };

        var panel = Show<TargetGaugePanel>(board, PanelSamples.English);

        Assert.Equal("¥2.3M", panel.Find("[data-testid='wall-gauge-figure']").TextContent);
        Assert.Equal("No target set", panel.Find("[data-testid='wall-gauge-amounts']").TextContent);
        Assert.Empty(panel.FindAll("[data-testid='wall-gauge-pace']"));
    }

    [Fact]
    public void Forecast_Categories_ShowAmountsAndTheTargetOnTheSameScale()
    {
        var panel = Show<ForecastPanel>(PanelSamples.Sales(), PanelSamples.Chinese);

        Assert.Contains("¥50万", panel.Find("[data-testid='wall-forecast-commit']").TextContent);
        var target = panel.Find("[data-testid='wall-forecast-target']");
        Assert.Contains("目标 ¥300万", target.TextContent);
        // 300 of the 405 forecast in all.
        Assert.Equal("left: 74.07%", target.GetAttribute("style"));
    }

    [Fact]
    public void ActivitiesToday_Reps_CountByKindBusiestFirstAndLeaveOutTheIdle()
    {
        var panel = Show<ActivitiesTodayPanel>(PanelSamples.Sales(), PanelSamples.Chinese);

        var reps = panel.FindAll("[data-testid='wall-activity-rep']");
        Assert.Equal(2, reps.Count);
        Assert.Equal("5", reps[0].QuerySelector("[data-kind='Call']")!.TextContent.Trim());
        Assert.Equal("6", reps[0].QuerySelector("[data-testid='wall-activity-total']")!.TextContent);
    }

    [Theory]
    [InlineData("zh-CN", "今天还没有活动")]
    [InlineData("en-US", "No activities yet today")]
    public void ActivitiesToday_NoneYet_SaysSoInTheDisplaysLanguage(string language, string expected)
    {
        var board = PanelSamples.Sales() with { ActivitiesToday = [PanelSamples.Activities("刘洋")] };

        var panel = Show<ActivitiesTodayPanel>(board, new WallCulture(language, WallSamples.Shanghai));

        Assert.Equal(expected, panel.Find("[data-testid='wall-empty']").TextContent);
    }

    [Theory]
    [InlineData(DisplayPanel.Leaderboard, "wall-panel-leaderboard")]
    [InlineData(DisplayPanel.SalesFeed, "wall-panel-feed")]
    [InlineData(DisplayPanel.Funnel, "wall-panel-funnel")]
    [InlineData(DisplayPanel.TargetGauge, "wall-panel-target")]
    [InlineData(DisplayPanel.Forecast, "wall-panel-forecast")]
    [InlineData(DisplayPanel.ActivitiesToday, "wall-panel-activities")]
    public void SalesPanel_EachPanel_ShowsItsOwnFrame(DisplayPanel kind, string testId)
    {
        var panel = Render<SalesPanel>(p => p
            .Add(x => x.Panel, kind)
            .Add(x => x.Board, PanelSamples.Sales())
            .AddCascadingValue(PanelSamples.Chinese));

        Assert.Single(panel.FindAll(".wall-panel"));
        Assert.Single(panel.FindAll($"[data-testid='{testId}']"));
    }

    private IRenderedComponent<TPanel> Show<TPanel>(SalesBoard board, WallCulture culture)
        where TPanel : SalesPanelBase =>
        Render<TPanel>(p => p.Add(x => x.Board, board).AddCascadingValue(culture));
}
