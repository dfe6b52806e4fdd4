using Bunit;
using Crm.Domain.Pipeline;
using Crm.Infrastructure.Pipeline;
using Microsoft.AspNetCore.Components.Web;

namespace Crm.Web.Tests.Pipeline.Admin;

public sealed class PipelinesPageTests : PipelineAdminTestContext
{
    [Fact]
    public void Render_Pipeline_ListsOpenStagesInOrderThenWonAndLostThenRetired()
    {
        var page = RenderPage();

        var names = page.FindAll("[data-testid=stage-name]").Select(e => e.TextContent);

        Assert.Equal(["线索确认", "需求分析", "方案报价", "商务谈判", "赢单", "输单", "初步接触"], names);
    }

    [Fact]
    public void Render_OpenStage_SummarizesProbabilityAndForecastCategory()
    {
        var page = RenderPage();

        var summary = RowOf(page, "方案报价").QuerySelector("[data-testid=stage-summary]")!.TextContent;

        Assert.Equal("50% default probability · Best case", summary);
    }

    [Fact]
    public void Render_RetiredStage_IsMarkedRetiredWithoutActions()
    {
        var page = RenderPage();

        var row = RowOf(page, "初步接触");

        Assert.Equal("Retired", row.QuerySelector("[data-testid=stage-retired]")!.TextContent.Trim());
        Assert.Empty(row.QuerySelectorAll("button"));
    }

    [Fact]
    public void Render_WonStage_CanBeRenamedButNotMovedOrRetired()
    {
        var page = RenderPage();

        var row = RowOf(page, "赢单");

        Assert.NotNull(row.QuerySelector("[data-testid=stage-edit]"));
        Assert.Null(row.QuerySelector("[data-testid=stage-up], [data-testid=stage-retire]"));
    }

    [Fact]
    public void Render_NoPipelines_OffersToCreateTheFirst()
    {
        Pipelines.Pipelines.Clear();

        var page = RenderPage();

        Assert.NotNull(page.Find("[data-testid=pipelines-empty-create]"));
    }

    [Fact]
    public void MoveDown_FirstStage_AsksForTheNewOrderOnTheLoadedVersion()
    {
        var page = RenderPage();

        RowOf(page, "线索确认").QuerySelector("[data-testid=stage-down]")!.Click();

        page.WaitForAssertion(() => Assert.Single(Pipelines.Reorders));
        Assert.Equal((7, "需求分析 线索确认 方案报价 商务谈判"), ReorderAsked());
    }

    [Fact]
    public void AltArrowUp_FocusedStage_MovesItUp()
    {
        var page = RenderPage();

        RowOf(page, "商务谈判").KeyDown(new KeyboardEventArgs { Key = "ArrowUp", AltKey = true });

        page.WaitForAssertion(() => Assert.Single(Pipelines.Reorders));
        Assert.Equal((7, "线索确认 需求分析 商务谈判 方案报价"), ReorderAsked());
    }

    [Fact]
    public void Retire_StageWithOpenOpportunities_ShowsTheRefusalWithTheCount()
    {
        var stage = Pipelines.Stage("方案报价");
        Pipelines.FailNext = new StageInUseException(stage.Id, stage.Name, 3);
        var page = RenderPage();

        RowOf(page, "方案报价").QuerySelector("[data-testid=stage-retire]")!.Click();
        ConfirmMessageBox("Retire");

        page.WaitForAssertion(() => Assert.Equal(
            "\"方案报价\" cannot be retired: 3 open opportunities are still in it. Move them to another stage first.",
            page.Find("[data-testid=retire-refused]").TextContent.Trim()));
    }

    [Fact]
    public void Retire_EmptyStage_RetiresItOnTheLoadedVersion()
    {
        var page = RenderPage();

        RowOf(page, "需求分析").QuerySelector("[data-testid=stage-retire]")!.Click();
        ConfirmMessageBox("Retire");

        page.WaitForAssertion(() => Assert.Contains("retire @7", Pipelines.Calls));
    }

    [Fact]
    public void LiveEvent_AnotherAdminRenamesAStage_ShowsTheNewName()
    {
        var page = RenderPage();
        var stages = Pipelines.First.Stages.Select(s => s.Name == "需求分析" ? s with { Name = "方案调研" } : s).ToList();
        Pipelines.Pipelines[0] = Pipelines.First with { Version = 8, Stages = stages };

        Bus.Publish([new PipelineChanged(Pipelines.First.Id, 8, Now, stages[1].Id)]);

        page.WaitForAssertion(() => Assert.NotNull(RowOf(page, "方案调研")), TimeSpan.FromSeconds(3));
    }

    private (int Version, string Names) ReorderAsked()
    {
        var (_, version, order) = Pipelines.Reorders[0];

        return (version, string.Join(' ', order.Select(id => Pipelines.First.Stages.Single(s => s.Id == id).Name)));
    }

    private void ConfirmMessageBox(string button)
    {
        Dialogs.WaitForElement(".mud-message-box");
        Dialogs.FindAll(".mud-message-box button").Single(b => b.TextContent.Trim() == button).Click();
    }
}

public sealed class PipelinesPageChineseTests() : PipelineAdminTestContext("zh-CN")
{
    [Fact]
    public void Render_ChineseCulture_SummarizesStagesInChinese()
    {
        var page = RenderPage();

        var summary = RowOf(page, "商务谈判").QuerySelector("[data-testid=stage-summary]")!.TextContent;

        Assert.Equal("默认赢单概率 75% · 承诺", summary);
    }
}
