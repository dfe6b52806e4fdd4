using System.Globalization;
using Crm.Domain.Sla;
using Crm.Infrastructure.Sla;

namespace Crm.Web.Sla.Calendars;

/// <summary>
/// What the calendar editor holds while it is being edited: times as the "HH:mm" text typed
/// (24:00 allowed as the end of a day), special days as a list kept in date order.
/// </summary>
public sealed class CalendarForm
{
    public static readonly DayOfWeek[] WeekFromMonday =
    [
        DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday,
        DayOfWeek.Saturday, DayOfWeek.Sunday,
    ];

    public string Name { get; set; } = "";

    public string TimeZoneId { get; set; } = "Asia/Shanghai";

    public Dictionary<DayOfWeek, List<ShiftRow>> Week { get; } =
        WeekFromMonday.ToDictionary(d => d, _ => new List<ShiftRow>());

    public List<SpecialDayInput> Days { get; } = [];

    /// <summary>A new calendar: weekdays 09:00–12:00 and 13:30–18:00.</summary>
    public static CalendarForm New()
    {
        var form = new CalendarForm();
        foreach (var day in WeekFromMonday[..5])
        {
            form.Week[day].AddRange([new ShiftRow("09:00", "12:00"), new ShiftRow("13:30", "18:00")]);
        }

        return form;
    }

    public static CalendarForm Of(CalendarView calendar)
    {
        var form = new CalendarForm { Name = calendar.Name, TimeZoneId = calendar.TimeZoneId };
        foreach (var shift in calendar.Shifts)
        {
            form.Week[shift.Day].Add(new ShiftRow(Text(shift.Start), Text(shift.End)));
        }

        form.Days.AddRange(calendar.Days.OrderBy(d => d.Date));

        return form;
    }

    /// <summary>Adds or replaces the entry of that date.</summary>
    public void SetDay(SpecialDayInput day)
    {
        Days.RemoveAll(d => d.Date == day.Date);
        Days.Add(day);
        Days.Sort((a, b) => a.Date.CompareTo(b.Date));
    }

    /// <summary>Gives every day the periods of <paramref name="source"/>, for the days chosen.</summary>
    public void CopyHours(DayOfWeek source, IEnumerable<DayOfWeek> targets)
    {
        foreach (var day in targets.Where(d => d != source))
        {
            Week[day].Clear();
            Week[day].AddRange(Week[source].Select(s => new ShiftRow(s.Start, s.End)));
        }
    }

    /// <summary>The weekdays whose times are not "HH:mm" (or 24:00 as an end).</summary>
    public IEnumerable<DayOfWeek> UnreadableDays() =>
        WeekFromMonday.Where(day => Week[day].Any(s => Parse(s.Start, false) is null || Parse(s.End, true) is null));

    /// <summary>The input to save; call only when <see cref="UnreadableDays"/> is empty.</summary>
    public CalendarInput ToInput() =>
        new(Name, TimeZoneId,
        [
            .. WeekFromMonday.SelectMany(day => Week[day].Select(s =>
                new ShiftInput(day, Parse(s.Start, false)!.Value, Parse(s.End, true)!.Value))),
        ],
        [.. Days]);

    public static TimeSpan? Parse(string? text, bool isEnd)
    {
        var trimmed = text?.Trim() ?? "";
        if (isEnd && trimmed == "24:00")
        {
            return TimeSpan.FromHours(24);
        }

        return TimeSpan.TryParseExact(trimmed, ["h\\:mm", "hh\\:mm"], CultureInfo.InvariantCulture, out var time)
            && time < TimeSpan.FromHours(24)
            ? time
            : null;
    }

    private static string Text(TimeSpan time) =>
        time == TimeSpan.FromHours(24) ? "24:00" : time.ToString("hh\\:mm", CultureInfo.InvariantCulture);
}

/// <summary>One working period as typed.</summary>
public sealed class ShiftRow(string start, string end)
{
    public string Start { get; set; } = start;

    public string End { get; set; } = end;
}
