using Crm.Domain.Common;

namespace Crm.Domain.Sla;

/// <summary>
/// The working-time arithmetic of a business calendar: an immutable snapshot, safe to share
/// between threads and to cache. Working time is counted only inside the working periods of
/// each local date: the weekday's shifts, none on a holiday, the shifts of the named weekday on
/// a make-up working day. Wall times are mapped to UTC as <see cref="WallClock"/> describes,
/// so a period that spans a daylight-saving change counts the real time that passed.
/// Both operations walk day by day, never minute by minute.
/// </summary>
public sealed class BusinessSchedule
{
    // A calendar with shifts always finds working time within a week, holidays aside; ten years
    // without any means the data is broken, and stopping beats looping forever.
    private const int MaxDaysWithoutWork = 3660;

    private readonly TimeZoneInfo _zone;
    private readonly (int Start, int End)[][] _week;
    private readonly Dictionary<DateOnly, SpecialDay> _specialDays;

    /// <summary>
    /// Throws <see cref="DomainException"/> for an unknown time zone (field TimeZone), overlapping
    /// shifts ("Shifts.Monday"…), a week without working time ("Shifts") or two entries on one
    /// date ("Days").
    /// </summary>
    public BusinessSchedule(string timeZoneId, IEnumerable<WorkingShift> shifts, IEnumerable<SpecialDay> specialDays)
    {
        TimeZoneId = TimeZones.Require(timeZoneId);
        _zone = TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId);
        _week = WeekOf(shifts);
        _specialDays = DaysOf(specialDays);
    }

    public string TimeZoneId { get; }

    /// <summary>
    /// The moment <paramref name="duration"/> of working time after <paramref name="startUtc"/>.
    /// A zero or negative duration returns the start itself. A deadline that falls exactly at the
    /// end of a working period is that end, not the start of the next period.
    /// </summary>
    public DateTime AddWorkingTime(DateTime startUtc, TimeSpan duration)
    {
        var start = Clock.Utc(startUtc);
        if (duration <= TimeSpan.Zero)
        {
            return start;
        }

        var remaining = duration;
        var date = WallClock.LocalDate(_zone, start);
        for (var idle = 0; idle < MaxDaysWithoutWork; date = date.AddDays(1))
        {
            var worked = false;
            foreach (var (from, to) in PeriodsOn(date))
            {
                var begin = from > start ? from : start;
                if (to <= begin)
                {
                    continue;
                }

                worked = true;
                var available = to - begin;
                if (remaining <= available)
                {
                    return begin + remaining;
                }

                remaining -= available;
            }

            idle = worked ? 0 : idle + 1;
        }

        throw new DomainException("Calendar.no-working-time", "The calendar has no working time left.", "Shifts");
    }

    /// <summary>
    /// The working time between two instants; zero when <paramref name="toUtc"/> is not after
    /// <paramref name="fromUtc"/>.
    /// </summary>
    public TimeSpan WorkingTimeBetween(DateTime fromUtc, DateTime toUtc)
    {
        var from = Clock.Utc(fromUtc);
        var to = Clock.Utc(toUtc);
        if (to <= from)
        {
            return TimeSpan.Zero;
        }

        var total = TimeSpan.Zero;
        var last = WallClock.LocalDate(_zone, to);
        for (var date = WallClock.LocalDate(_zone, from); date <= last; date = date.AddDays(1))
        {
            foreach (var (start, end) in PeriodsOn(date))
            {
                var begin = start > from ? start : from;
                var finish = end < to ? end : to;
                if (finish > begin)
                {
                    total += finish - begin;
                }
            }
        }

        return total;
    }

    /// <summary>Whether <paramref name="utc"/> lies inside a working period.</summary>
    public bool IsWorkingAt(DateTime utc)
    {
        var at = Clock.Utc(utc);

        return PeriodsOn(WallClock.LocalDate(_zone, at)).Any(p => p.From <= at && at < p.To);
    }

    /// <summary>The working periods of a local date as UTC instants, in order, end exclusive.</summary>
    public IReadOnlyList<(DateTime From, DateTime To)> PeriodsOn(DateOnly date)
    {
        var shifts = ShiftsOn(date);
        var periods = new List<(DateTime From, DateTime To)>(shifts.Length);
        var midnight = date.ToDateTime(TimeOnly.MinValue);
        foreach (var (start, end) in shifts)
        {
            var from = WallClock.ToUtc(_zone, midnight.AddMinutes(start));
            var to = WallClock.ToUtc(_zone, midnight.AddMinutes(end));
            if (to > from)
            {
                periods.Add((from, to));
            }
        }

        return periods;
    }

    private (int Start, int End)[] ShiftsOn(DateOnly date)
    {
        if (!_specialDays.TryGetValue(date, out var special))
        {
            return _week[(int)date.DayOfWeek];
        }

        return special.Kind == SpecialDayKind.Holiday ? [] : _week[(int)special.WorksAs];
    }

    // Touching shifts are merged: their shared boundary then never has to be mapped twice.
    private static (int Start, int End)[][] WeekOf(IEnumerable<WorkingShift> shifts)
    {
        var byDay = shifts.GroupBy(s => s.Day).ToDictionary(g => g.Key, g => g.OrderBy(s => s.StartMinute).ToList());
        if (byDay.Count == 0)
        {
            throw new DomainException(
                "Shifts.required", "A calendar needs working hours on at least one day.", "Shifts");
        }

        var week = new (int Start, int End)[7][];
        for (var day = 0; day < 7; day++)
        {
            week[day] = byDay.TryGetValue((DayOfWeek)day, out var list) ? Merge(list) : [];
        }

        return week;
    }

    private static (int Start, int End)[] Merge(List<WorkingShift> ordered)
    {
        var merged = new List<(int Start, int End)>();
        foreach (var shift in ordered)
        {
            if (merged.Count > 0 && shift.StartMinute < merged[^1].End)
            {
                throw new DomainException(
                    "Shifts.overlap", $"Working periods on {shift.Day} overlap.", WorkingShift.FieldOf(shift.Day));
            }

            if (merged.Count > 0 && shift.StartMinute == merged[^1].End)
            {
                merged[^1] = (merged[^1].Start, shift.EndMinute);
                continue;
            }

            merged.Add((shift.StartMinute, shift.EndMinute));
        }

        return [.. merged];
    }

    private static Dictionary<DateOnly, SpecialDay> DaysOf(IEnumerable<SpecialDay> days)
    {
        var byDate = new Dictionary<DateOnly, SpecialDay>();
        foreach (var day in days)
        {
            if (!byDate.TryAdd(day.Date, day))
            {
                throw new DomainException("Days.duplicate", $"{day.Date:yyyy-MM-dd} is listed twice.", "Days");
            }
        }

        return byDate;
    }
}
