using Crm.Domain.Analytics;

namespace Crm.Domain.Tests.Analytics;

public sealed class PercentilesTests
{
    private static readonly TimeSpan[] Minutes =
        [.. new[] { 5, 1, 4, 2, 3, 10, 8, 7, 6, 9 }.Select(m => TimeSpan.FromMinutes(m))];

    [Fact]
    public void Median_EvenCount_IsTheMeanOfTheTwoMiddleValues()
    {
        Assert.Equal(TimeSpan.FromMinutes(5.5), Percentiles.Median(Minutes));
    }

    // Nearest rank: ceil(0.9 × 10) = 9th smallest = 9 minutes; ceil(0.5 × 10) = 5th = 5 minutes.
    [Theory]
    [InlineData(90, 9)]
    [InlineData(50, 5)]
    [InlineData(100, 10)]
    [InlineData(1, 1)]
    public void NearestRank_TenValues_TakesTheRankedValue(int percent, int minutes)
    {
        Assert.Equal(TimeSpan.FromMinutes(minutes), Percentiles.NearestRank(Minutes, percent));
    }

    [Fact]
    public void Median_NoValues_IsNull()
    {
        Assert.Null(Percentiles.Median([]));
    }
}
