using Crm.Domain.Common;
using Crm.Domain.Pipeline;

namespace Crm.Domain.Tests.Pipeline;

public sealed class OpportunityProbabilityTests
{
    private static readonly DateTime At = PipelineBuilder.At;

    [Fact]
    public void EffectiveProbability_NoOverride_IsTheStageDefault()
    {
        var pipeline = PipelineBuilder.Standard();
        var opportunity = OpportunityBuilder.In(pipeline);
        opportunity.MoveTo(pipeline.Open(2), OpportunityBuilder.Rep, At.AddDays(1));

        Assert.Equal(50, opportunity.EffectiveProbability(pipeline.Open(2)));
    }

    [Fact]
    public void EffectiveProbability_Override_WinsOverTheStageDefault()
    {
        var pipeline = PipelineBuilder.Standard();
        var opportunity = OpportunityBuilder.In(pipeline);

        opportunity.OverrideProbability(35, At);

        Assert.Equal(35, opportunity.EffectiveProbability(pipeline.FirstOpenStage));
    }

    [Fact]
    public void ClearProbabilityOverride_AfterOverride_FollowsTheStageAgain()
    {
        var pipeline = PipelineBuilder.Standard();
        var opportunity = OpportunityBuilder.In(pipeline);
        opportunity.OverrideProbability(35, At);

        opportunity.ClearProbabilityOverride(At);

        Assert.Equal((null, 10), (opportunity.ProbabilityOverride, opportunity.EffectiveProbability(pipeline.Open(0))));
    }

    [Fact]
    public void MoveTo_WonWithOverride_DropsTheOverrideToHundredPercent()
    {
        var pipeline = PipelineBuilder.Standard();
        var opportunity = OpportunityBuilder.In(pipeline);
        opportunity.OverrideProbability(35, At);

        var close = new CloseInfo("签约", new DateOnly(2026, 3, 1));
        opportunity.MoveTo(pipeline.WonStage, OpportunityBuilder.Rep, At, close);

        Assert.Equal(100, opportunity.EffectiveProbability(pipeline.WonStage));
    }

    [Fact]
    public void OverrideProbability_ClosedOpportunity_ThrowsProbabilityClosed()
    {
        var pipeline = PipelineBuilder.Standard();
        var opportunity = OpportunityBuilder.In(pipeline);
        var close = new CloseInfo("预算取消", new DateOnly(2026, 3, 1));
        opportunity.MoveTo(pipeline.LostStage, OpportunityBuilder.Rep, At, close);

        var error = Assert.Throws<DomainException>(() => opportunity.OverrideProbability(20, At));

        Assert.Equal("Probability.closed", error.Code);
    }

    [Fact]
    public void EffectiveProbability_NotItsCurrentStage_ThrowsArgumentException()
    {
        var pipeline = PipelineBuilder.Standard();
        var opportunity = OpportunityBuilder.In(pipeline);

        Assert.Throws<ArgumentException>(() => opportunity.EffectiveProbability(pipeline.Open(1)));
    }

    [Fact]
    public void WeightedAmount_StageAtTwentyFivePercent_IsAQuarterOfTheAmount()
    {
        var pipeline = PipelineBuilder.Standard();
        var opportunity = OpportunityBuilder.In(pipeline, amount: new Money(12_345_678, "CNY"));
        opportunity.MoveTo(pipeline.Open(1), OpportunityBuilder.Rep, At);

        Assert.Equal(new Money(3_086_420, "CNY"), opportunity.WeightedAmount(pipeline.Open(1)));
    }

    [Theory]
    [InlineData(5, 10, 1)]
    [InlineData(4, 10, 0)]
    [InlineData(-5, 10, -1)]
    [InlineData(333, 33, 110)]
    public void Weigh_FractionOfAMinorUnit_RoundsHalfAwayFromZero(long minor, int percent, long expected)
    {
        Assert.Equal(expected, Probability.Weigh(minor, percent));
    }
}
