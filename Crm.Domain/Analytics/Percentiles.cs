namespace Crm.Domain.Analytics;

/// <summary>
/// Medians and percentiles of durations, by one method everywhere: the median of an even
/// number of values is the mean of the two middle ones; a percentile is the nearest rank (the
/// smallest value with at least p % of the values at or below it). Empty input has neither.
/// </summary>
public static class Percentiles
{
    public static TimeSpan? Median(IEnumerable<TimeSpan> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            return null;
        }

        var middle = sorted.Length / 2;

        return sorted.Length % 2 == 1
            ? sorted[middle]
            : TimeSpan.FromTicks((sorted[middle - 1].Ticks + sorted[middle].Ticks) / 2);
    }

    /// <summary>The nearest-rank <paramref name="percent"/>th percentile (1–100).</summary>
    public static TimeSpan? NearestRank(IEnumerable<TimeSpan> values, int percent)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(percent, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(percent, 100);
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            return null;
        }

        var rank = (int)Math.Ceiling(percent / 100m * sorted.Length);

        return sorted[rank - 1];
    }
}
