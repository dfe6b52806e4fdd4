namespace Crm.Domain.Sla;

/// <summary>
/// The periods in which one clock runs: from its start, minus its stops, up to its end. A stop
/// still open at the end makes the clock paused: nothing after it is known to run.
/// </summary>
internal sealed class RunningTime
{
    private readonly BusinessSchedule _schedule;
    private readonly List<(DateTime From, DateTime? To)> _segments;

    public RunningTime(
        BusinessSchedule schedule, DateTime start, DateTime end, bool stopped,
        IEnumerable<(DateTime From, DateTime? To)> stops)
    {
        _schedule = schedule;
        End = end;
        _segments = SegmentsOf(start, end, stopped, stops, out var paused);
        IsPaused = paused;
    }

    public DateTime End { get; }

    /// <summary>A stop is open at the end of a running clock.</summary>
    public bool IsPaused { get; }

    /// <summary>Working time of the running periods up to <see cref="End"/>.</summary>
    public TimeSpan Used()
    {
        var used = TimeSpan.Zero;
        foreach (var (from, to) in _segments)
        {
            if (from >= End)
            {
                break;
            }

            used += _schedule.WorkingTimeBetween(from, to is { } t && t < End ? t : End);
        }

        return used;
    }

    /// <summary>
    /// When the running periods hold <paramref name="amount"/> of working time, assuming the
    /// clock runs on after the end; null when a pause open at the end comes first.
    /// </summary>
    public DateTime? Reaching(TimeSpan amount)
    {
        var left = amount;
        foreach (var (from, to) in _segments)
        {
            if (to is not { } until)
            {
                return _schedule.AddWorkingTime(from, left);
            }

            var available = _schedule.WorkingTimeBetween(from, until);
            if (left <= available)
            {
                return _schedule.AddWorkingTime(from, left);
            }

            left -= available;
        }

        return null;
    }

    private static List<(DateTime From, DateTime? To)> SegmentsOf(
        DateTime start, DateTime end, bool stopped, IEnumerable<(DateTime From, DateTime? To)> stops,
        out bool paused)
    {
        var segments = new List<(DateTime From, DateTime? To)>();
        var cursor = start;
        paused = false;
        foreach (var (from, to) in Merged(start, end, stopped, stops))
        {
            if (from > cursor)
            {
                segments.Add((cursor, from));
            }

            if (to is not { } resumed)
            {
                paused = true;

                return segments;
            }

            cursor = resumed > cursor ? resumed : cursor;
        }

        segments.Add((cursor, null));

        return segments;
    }

    // Stops are clipped to [start, end]; one reaching past the end of a running clock (or open)
    // is still going on, so it stays open. Overlapping and touching stops are merged.
    private static List<(DateTime From, DateTime? To)> Merged(
        DateTime start, DateTime end, bool stopped, IEnumerable<(DateTime From, DateTime? To)> stops)
    {
        var clipped = stops
            .Select(s => (From: s.From < start ? start : s.From, s.To))
            .Where(s => s.From < end || (!stopped && s.From == end))
            .Select(s => (s.From, To: Clip(s.To, end, stopped)))
            .Where(s => s.To is null || s.To > s.From)
            .OrderBy(s => s.From)
            .ToList();
        var merged = new List<(DateTime From, DateTime? To)>();
        foreach (var stop in clipped)
        {
            if (merged.Count > 0 && (merged[^1].To is null || stop.From <= merged[^1].To))
            {
                var last = merged[^1];
                var to = last.To is null || stop.To is null ? null : (DateTime?)Max(last.To.Value, stop.To.Value);
                merged[^1] = (last.From, to);
                continue;
            }

            merged.Add(stop);
        }

        return merged;
    }

    private static DateTime? Clip(DateTime? to, DateTime end, bool stopped)
    {
        if (to is null || to > end)
        {
            return stopped ? end : null;
        }

        return to;
    }

    private static DateTime Max(DateTime a, DateTime b) => a > b ? a : b;
}
