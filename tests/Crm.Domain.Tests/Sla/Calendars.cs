using System.Globalization;
using Crm.Domain.Sla;

namespace Crm.Domain.Tests.Sla;

/// <summary>Schedules the SLA tests compute on.</summary>
internal static class Calendars
{
    public static readonly DayOfWeek[] Weekdays =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    /// <summary>Asia/Shanghai, Monday to Friday 09:00–12:00 and 13:30–18:00 (7.5 hours a day).</summary>
    public static BusinessSchedule Shanghai(params SpecialDay[] days) =>
        new("Asia/Shanghai", Shifts(Weekdays, ("09:00", "12:00"), ("13:30", "18:00")), days);

    /// <summary>Monday to Friday 09:00–17:00 in the given zone.</summary>
    public static BusinessSchedule NineToFive(string zone, params SpecialDay[] days) =>
        new(zone, Shifts(Weekdays, ("09:00", "17:00")), days);

    public static BusinessSchedule AroundTheClock(string zone) =>
        new(zone, Shifts(Enum.GetValues<DayOfWeek>(), ("00:00", "24:00")), []);

    public static IEnumerable<WorkingShift> Shifts(
        IEnumerable<DayOfWeek> days, params (string Start, string End)[] periods) =>
        days.SelectMany(day => periods.Select(p => WorkingShift.Of(day, Time(p.Start), Time(p.End))));

    public static SpecialDay Holiday(string date) => new(DateOnly.Parse(date), SpecialDayKind.Holiday, null);

    public static SpecialDay WorkingDay(string date) => new(DateOnly.Parse(date), SpecialDayKind.WorkingDay, null);

    public static DateTime Utc(string text) =>
        DateTime.SpecifyKind(DateTime.Parse(text, CultureInfo.InvariantCulture), DateTimeKind.Utc);

    /// <summary>A wall-clock time in a zone as UTC; only for times that exist exactly once.</summary>
    public static DateTime Local(string zone, string text) =>
        TimeZoneInfo.ConvertTimeToUtc(
            DateTime.Parse(text, CultureInfo.InvariantCulture),
            TimeZoneInfo.FindSystemTimeZoneById(zone));

    private static TimeSpan Time(string text) =>
        text == "24:00" ? TimeSpan.FromHours(24) : TimeSpan.Parse(text, CultureInfo.InvariantCulture);
}
