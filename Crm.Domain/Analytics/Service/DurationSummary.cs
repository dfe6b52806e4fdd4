namespace Crm.Domain.Analytics.Service;

/// <summary>
/// How many durations were measured, their median and their 90th percentile, by the one method
/// of <see cref="Percentiles"/>; both null when there are none.
/// </summary>
public sealed record DurationSummary(int Count, TimeSpan? Median, TimeSpan? Percentile90)
{
    public static DurationSummary Of(IEnumerable<TimeSpan> durations)
    {
        var values = durations.ToList();

        return new DurationSummary(values.Count, Percentiles.Median(values), Percentiles.NearestRank(values, 90));
    }
}
