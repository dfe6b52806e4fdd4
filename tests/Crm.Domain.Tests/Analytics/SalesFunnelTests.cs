using Crm.Domain.Analytics.Sales;
using static Crm.Domain.Tests.Analytics.SalesFixture;

namespace Crm.Domain.Tests.Analytics;

public sealed class SalesFunnelTests
{
    // Cohort created in December (Shanghai): A, B, C, D (1 December 01:00 there) and F; not E.
    // Qualify: all five. Needs: A, B (moved back, still reached), D (skipped it), F = 4.
    // Proposal: A, D = 2. Won: A = 1.
    [Fact]
    public void Build_DecemberCohort_CountsEveryStageUpToTheFurthestReached()
    {
        var funnel = SalesFunnel.Build(Facts, Stages, December);

        Assert.Equal(
            [("Qualify", 5), ("Needs", 4), ("Proposal", 2), ("Won", 1)],
            funnel.Select(s => (s.Stage.Name, s.Count)));
    }

    // Qualify 100,000 + 50,000 + 30,000 + 20,000 + F without a rate = 200,000.00;
    // Needs 100,000 + 50,000 + 20,000 = 170,000.00; Proposal 120,000.00; Won 100,000.00.
    [Fact]
    public void Build_DecemberCohort_SumsBaseAmountsAndLeavesUnconvertedOut()
    {
        var funnel = SalesFunnel.Build(Facts, Stages, December);

        Assert.Equal([20_000_000L, 17_000_000, 12_000_000, 10_000_000], funnel.Select(s => s.AmountBase));
    }

    // 4 of 5, 2 of 4, 1 of 2; the first step has nothing before it.
    [Fact]
    public void Build_DecemberCohort_ConversionIsTheShareOfThePreviousStep()
    {
        var funnel = SalesFunnel.Build(Facts, Stages, December);

        Assert.Equal([null, 0.8m, 0.5m, 0.5m], funnel.Select(s => s.ConversionFromPrevious));
    }

    [Fact]
    public void Build_OtherRegion_HasEmptyStepsWithoutConversion()
    {
        var funnel = SalesFunnel.Build(Facts, Stages, December with { Region = "华南" });

        Assert.All(funnel, step => Assert.Equal((0, 0L, (decimal?)null), (step.Count, step.AmountBase,
            step.ConversionFromPrevious)));
    }

    // The records behind the Needs step are the four it counts: A, B, D and F.
    [Fact]
    public void Reached_NeedsStep_ReturnsTheOpportunitiesItCounts()
    {
        var behind = SalesFunnel.Reached(Facts, Stages, December, Needs.Id);

        Assert.Equal(new[] { 'A', 'B', 'D', 'F' }.Select(c => Named(c).Id), behind.Select(f => f.Id));
    }
}
