using Crm.Domain.Common;

namespace Crm.Domain.Sla;

/// <summary>
/// One working period of a weekday in a calendar's own time zone, in minutes after local
/// midnight: 09:00–12:00 is 540–720. The end is exclusive and may be 1440 (24:00), so a whole
/// day is 0–1440. A day can have several periods (a split shift); they may touch but not overlap.
/// </summary>
public sealed class WorkingShift
{
    public const int MinutesPerDay = 24 * 60;

    private WorkingShift()
    {
    }

    /// <summary>
    /// Throws <see cref="DomainException"/> unless 0 ≤ start &lt; end ≤ 1440; the field is
    /// <see cref="FieldOf"/> the day ("Shifts.Monday"), so a form can show it on that day's row.
    /// </summary>
    public WorkingShift(DayOfWeek day, int startMinute, int endMinute)
    {
        if (!Enum.IsDefined(day))
        {
            throw new DomainException("Shifts.day", "Unknown weekday.", "Shifts");
        }

        if (startMinute < 0 || endMinute > MinutesPerDay || startMinute >= endMinute)
        {
            throw new DomainException(
                "Shifts.range", "A working period starts before it ends, within the day.", FieldOf(day));
        }

        Day = day;
        StartMinute = startMinute;
        EndMinute = endMinute;
    }

    public DayOfWeek Day { get; private set; }

    public int StartMinute { get; private set; }

    public int EndMinute { get; private set; }

    public int Minutes => EndMinute - StartMinute;

    /// <summary>Builds a shift from wall-clock times; an end of 24:00 is <c>TimeSpan.FromHours(24)</c>.</summary>
    public static WorkingShift Of(DayOfWeek day, TimeSpan start, TimeSpan end) =>
        new(day, (int)start.TotalMinutes, (int)end.TotalMinutes);

    /// <summary>The error field of a weekday's working periods: "Shifts.Monday".</summary>
    public static string FieldOf(DayOfWeek day) => $"Shifts.{day}";

    public override string ToString() => $"{Day} {Clock(StartMinute)}–{Clock(EndMinute)}";

    private static string Clock(int minute) => $"{minute / 60:00}:{minute % 60:00}";
}
