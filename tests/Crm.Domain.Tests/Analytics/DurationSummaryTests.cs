using Crm.Domain.Analytics.Service;

namespace Crm.Domain.Tests.Analytics;

public sealed class DurationSummaryTests
{
    [Fact]
    public void Of_TenValues_MedianBetweenTheMiddleTwoAndNinetiethAtRankNine()
    {
        // Median (5 + 6) / 2 = 5.5 and rank ⌈90 × 10 / 100⌉ = 9 of 1, 2, …, 10 minutes.
        var minutes = Enumerable.Range(1, 10).Reverse().Select(m => TimeSpan.FromMinutes(m));

        var summary = DurationSummary.Of(minutes);

        Assert.Equal(
            (10, TimeSpan.FromMinutes(5.5), TimeSpan.FromMinutes(9)),
            (summary.Count, summary.Median!.Value, summary.Percentile90!.Value));
    }

    [Fact]
    public void Of_FourValues_MedianIsTheMeanOfTheMiddleTwoAndNinetiethTheLargest()
    {
        // Median (20 + 30) / 2 = 25 and rank ⌈90 × 4 / 100⌉ = ⌈3.6⌉ = 4 of 10, 20, 30, 40 minutes.
        var minutes = new[] { 40, 10, 30, 20 }.Select(m => TimeSpan.FromMinutes(m));

        var summary = DurationSummary.Of(minutes);

        Assert.Equal((TimeSpan.FromMinutes(25), TimeSpan.FromMinutes(40)), (summary.Median, summary.Percentile90));
    }

    [Fact]
    public void Of_NoValues_CountZeroAndNoPercentiles()
    {
        var summary = DurationSummary.Of([]);

        Assert.Equal(new DurationSummary(0, null, null), summary);
    }
}
