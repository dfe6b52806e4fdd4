using Crm.Domain.Analytics;
using Crm.Domain.Analytics.Sales;
using static Crm.Domain.Tests.Analytics.SalesFixture;

namespace Crm.Domain.Tests.Analytics;

public sealed class SalesFunnelTests
{
    // Open at some moment of December (Shanghai): all six (E was created in November and won on
    // 3 December). Qualify: six. Needs: A, B (moved back, still reached), D (skipped it), E (won,
    // so past every open stage), F = 5. Proposal: A, D, E = 3. Won: A, E = 2.
    [Fact]
    public void Build_December_CountsEveryStageUpToTheFurthestReached()
    {
        var funnel = SalesFunnel.Build(Facts, Stages, December);

        Assert.Equal(
            [("Qualify", 6), ("Needs", 5), ("Proposal", 3), ("Won", 2)],
            funnel.Select(s => (s.Stage.Name, s.Count)));
    }

    // Qualify 100,000 + 50,000 + 30,000 + 20,000 + 72,000 + F without a rate = 272,000.00;
    // Needs 100,000 + 50,000 + 20,000 + 72,000 = 242,000.00; Proposal 192,000.00; Won 172,000.00.
    [Fact]
    public void Build_December_SumsBaseAmountsAndLeavesUnconvertedOut()
    {
        var funnel = SalesFunnel.Build(Facts, Stages, December);

        Assert.Equal([27_200_000L, 24_200_000, 19_200_000, 17_200_000], funnel.Select(s => s.AmountBase));
    }

    // 5 of 6, 3 of 5, 2 of 3; the first step has nothing before it.
    [Fact]
    public void Build_December_ConversionIsTheShareOfThePreviousStep()
    {
        var funnel = SalesFunnel.Build(Facts, Stages, December);

        Assert.Equal([null, 5m / 6, 0.6m, 2m / 3], funnel.Select(s => s.ConversionFromPrevious));
    }

    // Closed before December (or created after it) is not in December's funnel.
    [Fact]
    public void Build_January_LeavesOutWhatClosedInDecember()
    {
        var january = December with { Period = new DateRange(new DateOnly(2027, 1, 1), new DateOnly(2027, 2, 1)) };

        var funnel = SalesFunnel.Build(Facts, Stages, january);

        Assert.Equal([2, 2, 0, 0], funnel.Select(s => s.Count));
    }

    [Fact]
    public void Build_OtherRegion_HasEmptyStepsWithoutConversion()
    {
        var funnel = SalesFunnel.Build(Facts, Stages, December with { Region = "华南" });

        Assert.All(funnel, step => Assert.Equal((0, 0L, (decimal?)null), (step.Count, step.AmountBase,
            step.ConversionFromPrevious)));
    }

    // The records behind the Needs step are the five it counts: A, B, D, E and F.
    [Fact]
    public void Reached_NeedsStep_ReturnsTheOpportunitiesItCounts()
    {
        var behind = SalesFunnel.Reached(Facts, Stages, December, Needs.Id);

        Assert.Equal(new[] { 'A', 'B', 'D', 'E', 'F' }.Select(c => Named(c).Id), behind.Select(f => f.Id));
    }
}
