namespace Crm.Domain.Analytics.Service;

/// <summary>
/// How many durations were measured and their median and 90th percentile, by the nearest-rank
/// method (<see cref="NearestRank"/>); both null when there are none.
/// </summary>
public sealed record DurationSummary(int Count, TimeSpan? Median, TimeSpan? Percentile90)
{
    public static DurationSummary Of(IEnumerable<TimeSpan> durations)
    {
        var sorted = durations.Order().ToList();

        return new DurationSummary(sorted.Count, NearestRank(sorted, 50), NearestRank(sorted, 90));
    }

    /// <summary>
    /// The <paramref name="percent"/>th percentile of <paramref name="sorted"/> (ascending) by
    /// nearest rank: the value at rank ⌈percent × n / 100⌉, counting from 1, so always one of the
    /// values (the median of an even count is the lower middle one). Null for no values; throws
    /// for a percent outside 1–100.
    /// </summary>
    public static TimeSpan? NearestRank(IReadOnlyList<TimeSpan> sorted, int percent)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        ArgumentOutOfRangeException.ThrowIfLessThan(percent, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(percent, 100);
        if (sorted.Count == 0)
        {
            return null;
        }

        var rank = (int)Math.Ceiling(percent * (long)sorted.Count / 100m);

        return sorted[rank - 1];
    }
}
