using Bunit;
using Crm.Domain.Common;
using MudBlazor;

namespace Crm.Web.Tests.Pipeline.Admin;

public sealed class StageDialogTests : PipelineAdminTestContext
{
    [Fact]
    public void Save_NewStageWithoutNameOrProbability_ShowsBothBesideTheirFieldsAndSavesNothing()
    {
        var dialog = OpenAddStage();
        dialog.Find("input[data-testid=stage-probability]").Change("");

        dialog.Find("[data-testid=stage-save]").Click();

        var text = dialog.Find("[data-testid=stage-dialog]").TextContent;
        Assert.True(text.Contains("Enter a name.") && text.Contains("Enter a probability from 0 to 100."));
        Assert.Empty(Pipelines.Calls);
    }

    [Fact]
    public void Save_NewStage_AddsItWithProbabilityAndCategoryOnTheLoadedVersion()
    {
        var dialog = OpenAddStage();
        dialog.Find("input[data-testid=stage-name-input]").Input("合同签署");
        dialog.Find("input[data-testid=stage-probability]").Change("90");

        dialog.Find("[data-testid=stage-save]").Click();

        dialog.WaitForAssertion(() => Assert.Equal(["add 合同签署 90 Commit @7"], Pipelines.Calls));
    }

    [Fact]
    public void Save_NameAlreadyTaken_ShowsTheServicesMessageBesideTheName()
    {
        Pipelines.FailNext = new DomainException("Name.taken", "taken", "Name");
        var dialog = OpenEdit("需求分析");
        dialog.Find("input[data-testid=stage-name-input]").Input("方案报价");

        dialog.Find("[data-testid=stage-save]").Click();

        dialog.WaitForAssertion(() => Assert.Contains(
            "That name is already used (retired stages count).",
            dialog.Find("[data-testid=stage-dialog]").TextContent));
    }

    [Fact]
    public void Save_NewProbability_SavesTheWholeStageInOneChange()
    {
        var dialog = OpenEdit("方案报价");
        dialog.Find("input[data-testid=stage-probability]").Change("55");

        dialog.Find("[data-testid=stage-save]").Click();

        dialog.WaitForAssertion(() => Assert.Equal(["update stage 方案报价 55 BestCase @7"], Pipelines.Calls));
    }

    [Fact]
    public void Open_WonStage_KeepsProbabilityFixed()
    {
        var dialog = OpenEdit("赢单");

        var probability = dialog.Find("input[data-testid=stage-probability]");

        Assert.True(probability.HasAttribute("disabled"));
    }

    private IRenderedComponent<MudDialogProvider> OpenAddStage()
    {
        var page = RenderPage();
        page.Find("[data-testid=stage-add]").Click();

        return WaitForDialog();
    }

    private IRenderedComponent<MudDialogProvider> OpenEdit(string stage)
    {
        var page = RenderPage();
        RowOf(page, stage).QuerySelector("[data-testid=stage-edit]")!.Click();

        return WaitForDialog();
    }

    private IRenderedComponent<MudDialogProvider> WaitForDialog()
    {
        Dialogs.WaitForElement("[data-testid=stage-dialog]");

        return Dialogs;
    }
}
