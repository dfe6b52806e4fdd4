using Crm.Domain.Common;

namespace Crm.Domain.Sla;

/// <summary>What a dated exception to the weekly hours does.</summary>
public enum SpecialDayKind
{
    /// <summary>No working time at all that day, whatever the weekday.</summary>
    Holiday = 1,

    /// <summary>
    /// A day that is worked although its weekday normally is not (China's 调休 make-up days, a
    /// Saturday or Sunday worked to bridge a holiday). It works the hours of <see cref="SpecialDay.WorksAs"/>.
    /// </summary>
    WorkingDay = 2,
}

/// <summary>
/// A dated exception to a calendar's weekly hours, on the calendar's local date. A holiday
/// removes the day's working time; a working day gives it the hours of another weekday
/// (Monday unless told), so a make-up Sunday is worked like a normal weekday.
/// </summary>
public sealed class SpecialDay
{
    public const int MaxNameLength = 100;

    private SpecialDay()
    {
    }

    /// <summary>Throws <see cref="DomainException"/> (field "Days") for an unknown kind or a too long name.</summary>
    public SpecialDay(DateOnly date, SpecialDayKind kind, string? name, DayOfWeek worksAs = DayOfWeek.Monday)
    {
        if (!Enum.IsDefined(kind) || !Enum.IsDefined(worksAs))
        {
            throw new DomainException("Days.kind", "Unknown kind of day.", "Days");
        }

        Date = date;
        Kind = kind;
        Name = Guard.Optional(name, "Days", MaxNameLength);
        WorksAs = worksAs;
    }

    public DateOnly Date { get; private set; }

    public SpecialDayKind Kind { get; private set; }

    /// <summary>What the day is called (春节, Thanksgiving Day, 国庆节调休); shown only.</summary>
    public string? Name { get; private set; }

    /// <summary>For a <see cref="SpecialDayKind.WorkingDay"/>, whose weekday hours it works.</summary>
    public DayOfWeek WorksAs { get; private set; }
}
