namespace Crm.Domain.Sla;

/// <summary>
/// Maps a calendar's wall-clock times to UTC instants across daylight-saving changes. A wall
/// time maps to the first instant at which the local clock shows that time or a later one:
/// a time skipped by a spring-forward change maps to the moment the clock jumps, and a time
/// that happens twice after a fall-back change maps to its first occurrence. The mapping never
/// goes backwards, so working periods built from it never overlap.
/// </summary>
internal static class WallClock
{
    private static readonly TimeSpan SearchWindow = TimeSpan.FromHours(16);

    public static DateTime ToUtc(TimeZoneInfo zone, DateTime local)
    {
        var wall = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (zone.IsAmbiguousTime(wall))
        {
            var largest = zone.GetAmbiguousTimeOffsets(wall).Max();

            return DateTime.SpecifyKind(wall - largest, DateTimeKind.Utc);
        }

        if (zone.IsInvalidTime(wall))
        {
            return FirstInstantShowing(zone, wall);
        }

        return TimeZoneInfo.ConvertTimeToUtc(wall, zone);
    }

    public static DateOnly LocalDate(TimeZoneInfo zone, DateTime utc) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(utc, zone));

    // Only reached on the day of a spring-forward change: no fall-back lies within the window,
    // so the local clock only moves forward there and a binary search over instants is exact.
    private static DateTime FirstInstantShowing(TimeZoneInfo zone, DateTime wall)
    {
        var low = DateTime.SpecifyKind(wall - SearchWindow, DateTimeKind.Utc).Ticks;
        var high = DateTime.SpecifyKind(wall + SearchWindow, DateTimeKind.Utc).Ticks;
        while (high - low > TimeSpan.TicksPerSecond)
        {
            var middle = low + ((high - low) / 2);
            var shown = LocalTicks(zone, middle);
            if (shown >= wall.Ticks)
            {
                high = middle;
            }
            else
            {
                low = middle;
            }
        }

        return new DateTime(high, DateTimeKind.Utc);
    }

    private static long LocalTicks(TimeZoneInfo zone, long utcTicks)
    {
        var utc = new DateTime(utcTicks, DateTimeKind.Utc);

        return (utc + zone.GetUtcOffset(utc)).Ticks;
    }
}
