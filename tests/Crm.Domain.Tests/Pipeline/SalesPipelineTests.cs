using Crm.Domain.Common;
using Crm.Domain.Pipeline;

namespace Crm.Domain.Tests.Pipeline;

public sealed class SalesPipelineTests
{
    private static readonly DateTime At = PipelineBuilder.At;

    [Fact]
    public void Create_OpenStages_EndsWithWonThenLost()
    {
        var pipeline = PipelineBuilder.Standard("初步接洽", "方案报价");

        Assert.Equal(["初步接洽", "方案报价", "赢单", "输单"], pipeline.Stages.Select(s => s.Name));
        Assert.Equal([1, 2, 3, 4], pipeline.Stages.Select(s => s.SortOrder));
    }

    [Fact]
    public void Create_ClosingStages_AreClosedAtHundredAndZeroPercent()
    {
        var pipeline = PipelineBuilder.Standard();

        Assert.Equal((StageOutcome.Won, 100, ForecastCategory.Closed),
            (pipeline.WonStage.Outcome, pipeline.WonStage.DefaultProbability, pipeline.WonStage.Category));
        Assert.Equal((StageOutcome.Lost, 0, ForecastCategory.Closed),
            (pipeline.LostStage.Outcome, pipeline.LostStage.DefaultProbability, pipeline.LostStage.Category));
    }

    [Fact]
    public void Create_NoOpenStage_ThrowsStagesRequired()
    {
        var error = Assert.Throws<DomainException>(
            () => SalesPipeline.Create(Guid.NewGuid(), "续约", [], PipelineBuilder.Closing(), At));

        Assert.Equal("Stages.required", error.Code);
    }

    [Fact]
    public void Create_NamesDifferingOnlyInCase_ThrowsNameTaken()
    {
        var error = Assert.Throws<DomainException>(() => PipelineBuilder.Standard("Demo", "DEMO"));

        Assert.Equal(("Name.taken", "Name"), (error.Code, error.Field));
    }

    [Fact]
    public void Create_OpenStageInClosedCategory_ThrowsCategoryInvalid()
    {
        var drafts = new[] { new StageDraft(Guid.NewGuid(), "初步接洽", 10, ForecastCategory.Closed) };

        var error = Assert.Throws<DomainException>(
            () => SalesPipeline.Create(Guid.NewGuid(), "新业务", drafts, PipelineBuilder.Closing(), At));

        Assert.Equal("Category.invalid", error.Code);
    }

    [Fact]
    public void AddStage_NewStage_GoesAfterOpenStagesBeforeWonAndLost()
    {
        var pipeline = PipelineBuilder.Standard("初步接洽", "方案报价");

        pipeline.AddStage(new StageDraft(Guid.NewGuid(), "合同审批", 90, ForecastCategory.Commit), At);

        Assert.Equal(["初步接洽", "方案报价", "合同审批", "赢单", "输单"], pipeline.Stages.Select(s => s.Name));
    }

    [Fact]
    public void AddStage_NameOfARetiredStage_ThrowsNameTaken()
    {
        var pipeline = PipelineBuilder.Standard("初步接洽", "方案报价");
        pipeline.RetireStage(pipeline.Open(1).Id, At);

        var error = Assert.Throws<DomainException>(
            () => pipeline.AddStage(new StageDraft(Guid.NewGuid(), "方案报价", 50), At));

        Assert.Equal("Name.taken", error.Code);
    }

    [Fact]
    public void RenameStage_ToAnotherStagesNameInOtherCase_ThrowsNameTaken()
    {
        var pipeline = PipelineBuilder.Standard("Discovery", "Proposal");

        var error = Assert.Throws<DomainException>(
            () => pipeline.RenameStage(pipeline.Open(1).Id, "discovery", At));

        Assert.Equal("Name.taken", error.Code);
    }

    [Fact]
    public void RenameStage_WonStage_KeepsItTerminal()
    {
        var pipeline = PipelineBuilder.Standard();

        pipeline.RenameStage(pipeline.WonStage.Id, "成交", At);

        Assert.Equal(("成交", StageOutcome.Won), (pipeline.WonStage.Name, pipeline.WonStage.Outcome));
    }

    [Fact]
    public void UpdateStage_OpenStage_AppliesNameProbabilityAndCategoryTogether()
    {
        var pipeline = PipelineBuilder.Standard("Discovery", "Proposal");
        var stage = pipeline.Open(1);

        pipeline.UpdateStage(stage.Id, "方案报价", 55, ForecastCategory.Commit, At);

        Assert.Equal(("方案报价", 55, ForecastCategory.Commit), (stage.Name, stage.DefaultProbability, stage.Category));
    }

    [Fact]
    public void UpdateStage_NameTaken_ThrowsAndRecordsNothing()
    {
        var pipeline = PipelineBuilder.Standard("Discovery", "Proposal");
        pipeline.ClearDomainEvents();

        Assert.Throws<DomainException>(
            () => pipeline.UpdateStage(pipeline.Open(1).Id, "discovery", 55, ForecastCategory.Commit, At));

        Assert.Empty(pipeline.DomainEvents);
    }

    [Fact]
    public void UpdateStage_WonStage_RenamesAndKeepsProbabilityAndCategory()
    {
        var pipeline = PipelineBuilder.Standard();

        pipeline.UpdateStage(pipeline.WonStage.Id, "成交", 40, ForecastCategory.Pipeline, At);

        Assert.Equal(("成交", 100, ForecastCategory.Closed),
            (pipeline.WonStage.Name, pipeline.WonStage.DefaultProbability, pipeline.WonStage.Category));
    }

    [Fact]
    public void ReorderStages_AllOpenStages_AppliesOrderAndKeepsClosingLast()
    {
        var pipeline = PipelineBuilder.Standard("A", "B", "C");
        var (a, b, c) = (pipeline.Open(0).Id, pipeline.Open(1).Id, pipeline.Open(2).Id);

        pipeline.ReorderStages([c, a, b], At);

        Assert.Equal(["C", "A", "B", "赢单", "输单"], pipeline.Stages.Select(s => s.Name));
    }

    [Fact]
    public void ReorderStages_MissingAStage_ThrowsStagesOrder()
    {
        var pipeline = PipelineBuilder.Standard("A", "B", "C");

        var error = Assert.Throws<DomainException>(
            () => pipeline.ReorderStages([pipeline.Open(1).Id, pipeline.Open(0).Id], At));

        Assert.Equal("Stages.order", error.Code);
    }

    [Fact]
    public void ReorderStages_IncludingWon_ThrowsStagesOrder()
    {
        var pipeline = PipelineBuilder.Standard("A", "B");

        var error = Assert.Throws<DomainException>(
            () => pipeline.ReorderStages([pipeline.WonStage.Id, pipeline.Open(0).Id], At));

        Assert.Equal("Stages.order", error.Code);
    }

    [Fact]
    public void RetireStage_OpenStage_HidesItButKeepsIt()
    {
        var pipeline = PipelineBuilder.Standard("A", "B", "C");
        var b = pipeline.Open(1).Id;

        pipeline.RetireStage(b, At);

        Assert.Equal(["A", "C", "赢单", "输单"], pipeline.ActiveStages.Select(s => s.Name));
        Assert.True(pipeline.FindStage(b)!.IsRetired);
    }

    [Fact]
    public void RetireStage_WonStage_ThrowsStageClosing()
    {
        var pipeline = PipelineBuilder.Standard();

        var error = Assert.Throws<DomainException>(() => pipeline.RetireStage(pipeline.WonStage.Id, At));

        Assert.Equal("Stage.closing", error.Code);
    }

    [Fact]
    public void RetireStage_LastActiveOpenStage_ThrowsLastOpen()
    {
        var pipeline = PipelineBuilder.Standard("A", "B");
        pipeline.RetireStage(pipeline.Open(0).Id, At);

        var error = Assert.Throws<DomainException>(() => pipeline.RetireStage(pipeline.Open(0).Id, At));

        Assert.Equal("Stage.last-open", error.Code);
    }

    [Fact]
    public void ChangeStageProbability_LostStage_ThrowsClosingStage()
    {
        var pipeline = PipelineBuilder.Standard();

        var error = Assert.Throws<DomainException>(
            () => pipeline.ChangeStageProbability(pipeline.LostStage.Id, 5, At));

        Assert.Equal("Probability.closing-stage", error.Code);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(101)]
    public void ChangeStageProbability_OutsideZeroToHundred_ThrowsRange(int probability)
    {
        var pipeline = PipelineBuilder.Standard();

        var error = Assert.Throws<DomainException>(
            () => pipeline.ChangeStageProbability(pipeline.Open(0).Id, probability, At));

        Assert.Equal("Probability.range", error.Code);
    }

    [Fact]
    public void ChangeStageCategory_OpenStage_RecordsPipelineChangedForTheStage()
    {
        var pipeline = PipelineBuilder.Standard();
        pipeline.ClearDomainEvents();
        var stage = pipeline.Open(0);

        pipeline.ChangeStageCategory(stage.Id, ForecastCategory.BestCase, At);

        var changed = Assert.IsType<PipelineChanged>(Assert.Single(pipeline.DomainEvents));
        Assert.Equal((stage.Id, ForecastCategory.BestCase), (changed.StageId, stage.Category));
    }
}
