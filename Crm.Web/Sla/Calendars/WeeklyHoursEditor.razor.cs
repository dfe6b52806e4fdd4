using System.Globalization;
using Microsoft.AspNetCore.Components;

namespace Crm.Web.Sla.Calendars;

/// <summary>
/// The working periods of each weekday, Monday first, as "HH:mm" pairs; a day without periods
/// is closed. Errors the service names for a day ("Shifts.Monday") show on that day's row.
/// </summary>
public sealed partial class WeeklyHoursEditor
{
    [Parameter, EditorRequired]
    public CalendarForm Form { get; set; } = default!;

    /// <summary>The message for an error field ("Shifts.Monday", "Days"), null when it has none.</summary>
    [Parameter, EditorRequired]
    public Func<string, string?> ErrorOf { get; set; } = _ => null;

    private static string DayName(DayOfWeek day) => CultureInfo.CurrentCulture.DateTimeFormat.GetDayName(day);

    // A new period starts where the day's last one ends, so a split shift is two clicks away.
    private void OnAdd(DayOfWeek day)
    {
        var last = Form.Week[day].LastOrDefault();
        Form.Week[day].Add(last is null ? new ShiftRow("09:00", "18:00") : new ShiftRow(last.End, ""));
    }

    private void OnRemove(DayOfWeek day, int index) => Form.Week[day].RemoveAt(index);

    private void OnCopyMonday() => Form.CopyHours(DayOfWeek.Monday, CalendarForm.WeekFromMonday[1..5]);
}
