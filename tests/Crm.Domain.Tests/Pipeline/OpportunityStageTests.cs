using Crm.Domain.Common;
using Crm.Domain.Pipeline;

namespace Crm.Domain.Tests.Pipeline;

public sealed class OpportunityStageTests
{
    private static readonly DateTime At = PipelineBuilder.At;
    private static readonly CloseInfo Won = new("价格与交付周期最优", new DateOnly(2026, 3, 20));

    [Fact]
    public void Create_InOpenStage_WritesFirstHistoryEntryWithoutPreviousStage()
    {
        var pipeline = PipelineBuilder.Standard();

        var opportunity = OpportunityBuilder.In(pipeline);

        var entry = Assert.Single(opportunity.RecordedStageChanges);
        Assert.Equal((1, null, pipeline.FirstOpenStage.Id, At, null),
            (entry.Sequence, entry.FromStageId, entry.ToStageId, entry.MovedAt, entry.TimeInPreviousStage));
    }

    [Fact]
    public void Create_InWonStage_ThrowsStageNotOpen()
    {
        var pipeline = PipelineBuilder.Standard();

        var error = Assert.Throws<DomainException>(() => Opportunity.Create(
            Guid.NewGuid(), OpportunityBuilder.Details(), Guid.NewGuid(), OpportunityBuilder.Rep, pipeline.WonStage,
            new Money(100, "CNY"), OpportunityBuilder.Rep, At));

        Assert.Equal("Stage.not-open", error.Code);
    }

    [Fact]
    public void MoveTo_NextStage_RecordsTimeSpentInPreviousStage()
    {
        var pipeline = PipelineBuilder.Standard();
        var opportunity = OpportunityBuilder.In(pipeline);

        opportunity.MoveTo(pipeline.Open(1), OpportunityBuilder.Rep, At.AddDays(3).AddHours(2));

        var entry = opportunity.RecordedStageChanges[^1];
        Assert.Equal((2, pipeline.Open(0).Id, TimeSpan.FromHours(74)),
            (entry.Sequence, entry.FromStageId, entry.TimeInPreviousStage));
    }

    [Fact]
    public void MoveTo_HistoricMoments_GivesExactHistory()
    {
        var pipeline = PipelineBuilder.Standard();
        var created = new DateTime(2025, 1, 6, 2, 30, 0, DateTimeKind.Utc);
        var opportunity = OpportunityBuilder.In(pipeline, created);
        var moves = new[] { created.AddDays(12), created.AddDays(40), created.AddDays(95) };

        for (var i = 0; i < moves.Length; i++)
        {
            opportunity.MoveTo(pipeline.Open(i + 1), OpportunityBuilder.Rep, moves[i]);
        }

        Assert.Equal(
            [(created, null), (moves[0], TimeSpan.FromDays(12)), (moves[1], TimeSpan.FromDays(28)),
                (moves[2], TimeSpan.FromDays(55))],
            opportunity.RecordedStageChanges.Select(c => (c.MovedAt, c.TimeInPreviousStage)));
    }

    [Fact]
    public void MoveTo_CurrentStage_ChangesNothing()
    {
        var pipeline = PipelineBuilder.Standard();
        var opportunity = OpportunityBuilder.In(pipeline);
        opportunity.ClearDomainEvents();

        opportunity.MoveTo(pipeline.FirstOpenStage, OpportunityBuilder.Rep, At.AddDays(1));

        Assert.Empty(opportunity.DomainEvents);
        Assert.Single(opportunity.RecordedStageChanges);
    }

    [Fact]
    public void MoveTo_RetiredStage_ThrowsStageRetired()
    {
        var pipeline = PipelineBuilder.Standard();
        var opportunity = OpportunityBuilder.In(pipeline);
        var retired = pipeline.Open(2);
        pipeline.RetireStage(retired.Id, At);

        var error = Assert.Throws<DomainException>(
            () => opportunity.MoveTo(retired, OpportunityBuilder.Rep, At.AddDays(1)));

        Assert.Equal("Stage.retired", error.Code);
    }

    [Fact]
    public void MoveTo_StageOfAnotherPipeline_ThrowsOtherPipeline()
    {
        var opportunity = OpportunityBuilder.In(PipelineBuilder.Standard());
        var renewals = PipelineBuilder.Standard("续约洽谈");

        var error = Assert.Throws<DomainException>(
            () => opportunity.MoveTo(renewals.FirstOpenStage, OpportunityBuilder.Rep, At.AddDays(1)));

        Assert.Equal("Stage.other-pipeline", error.Code);
    }

    [Fact]
    public void MoveTo_BeforeTheCurrentStageWasEntered_ThrowsBeforeCurrent()
    {
        var pipeline = PipelineBuilder.Standard();
        var opportunity = OpportunityBuilder.In(pipeline);

        var error = Assert.Throws<DomainException>(
            () => opportunity.MoveTo(pipeline.Open(1), OpportunityBuilder.Rep, At.AddMinutes(-1)));

        Assert.Equal("MovedAt.before-current", error.Code);
    }

    [Fact]
    public void MoveTo_WonWithoutCloseInfo_ThrowsCloseReasonRequired()
    {
        var pipeline = PipelineBuilder.Standard();
        var opportunity = OpportunityBuilder.In(pipeline);

        var error = Assert.Throws<DomainException>(
            () => opportunity.MoveTo(pipeline.WonStage, OpportunityBuilder.Rep, At.AddDays(1)));

        Assert.Equal(("CloseReason.required", "CloseReason"), (error.Code, error.Field));
    }

    [Fact]
    public void MoveTo_WonWithCloseDayInTheFuture_ThrowsClosedOnInvalid()
    {
        var pipeline = PipelineBuilder.Standard();
        var opportunity = OpportunityBuilder.In(pipeline);
        var later = new CloseInfo("签约", DateOnly.FromDateTime(At).AddDays(5));

        var error = Assert.Throws<DomainException>(
            () => opportunity.MoveTo(pipeline.WonStage, OpportunityBuilder.Rep, At.AddDays(1), later));

        Assert.Equal("ClosedOn.invalid", error.Code);
    }

    [Fact]
    public void MoveTo_OpenStageWithCloseInfo_ThrowsCloseOpenStage()
    {
        var pipeline = PipelineBuilder.Standard();
        var opportunity = OpportunityBuilder.In(pipeline);

        var error = Assert.Throws<DomainException>(
            () => opportunity.MoveTo(pipeline.Open(1), OpportunityBuilder.Rep, At.AddDays(1), Won));

        Assert.Equal("Close.open-stage", error.Code);
    }

    [Fact]
    public void MoveTo_Won_ClosesWithReasonAndDay()
    {
        var pipeline = PipelineBuilder.Standard();
        var opportunity = OpportunityBuilder.In(pipeline);

        opportunity.MoveTo(pipeline.WonStage, OpportunityBuilder.Rep, At.AddDays(19), Won);

        Assert.Equal((OpportunityStatus.Won, Won.Reason, Won.ClosedOn),
            (opportunity.Status, opportunity.CloseReason, opportunity.ClosedOn));
    }

    [Fact]
    public void MoveTo_Lost_RecordsStageChangedThenClosed()
    {
        var pipeline = PipelineBuilder.Standard();
        var opportunity = OpportunityBuilder.In(pipeline);
        opportunity.ClearDomainEvents();

        opportunity.MoveTo(pipeline.LostStage, OpportunityBuilder.Rep, At.AddDays(19), Won with { Reason = "预算取消" });

        Assert.Collection(opportunity.DomainEvents,
            e => Assert.Equal(OpportunityStatus.Lost, Assert.IsType<OpportunityStageChanged>(e).Status),
            e => Assert.False(Assert.IsType<OpportunityClosed>(e).Won));
    }

    [Fact]
    public void MoveTo_OpenStageFromWon_ReopensAndClearsCloseData()
    {
        var pipeline = PipelineBuilder.Standard();
        var opportunity = OpportunityBuilder.In(pipeline);
        opportunity.MoveTo(pipeline.WonStage, OpportunityBuilder.Rep, At.AddDays(19), Won);

        opportunity.MoveTo(pipeline.Open(3), OpportunityBuilder.Rep, At.AddDays(21));

        Assert.Equal((OpportunityStatus.Open, null, null),
            (opportunity.Status, opportunity.CloseReason, opportunity.ClosedOn));
    }

    [Fact]
    public void MoveTo_Moved_EventCarriesPipelineOwnerAndAmount()
    {
        var pipeline = PipelineBuilder.Standard();
        var opportunity = OpportunityBuilder.In(pipeline);
        opportunity.ClearDomainEvents();

        opportunity.MoveTo(pipeline.Open(1), OpportunityBuilder.Rep, At.AddDays(1));

        var moved = Assert.IsType<OpportunityStageChanged>(Assert.Single(opportunity.DomainEvents));
        Assert.Equal((pipeline.Id, OpportunityBuilder.Rep, 10_000_000L, "CNY"),
            (moved.PipelineId, moved.OwnerId, moved.AmountMinorUnits, moved.Currency));
    }
}
