using Crm.Domain.Sla;
using Crm.Infrastructure.Sla;
using Microsoft.AspNetCore.Components;

namespace Crm.Web.Sla.Calendars;

/// <summary>
/// Holidays and extra working days of a calendar, added with a date picker and listed by date;
/// a date added again replaces its entry. The list shows one year at a time once it spans
/// several (the current year first), since a mainland calendar lists about forty days a year.
/// </summary>
public sealed partial class SpecialDaysEditor
{
    private DateTime? _date;
    private SpecialDayKind _kind = SpecialDayKind.Holiday;
    private string? _name;
    private bool _dateMissing;
    private int? _year;

    [Parameter, EditorRequired]
    public CalendarForm Form { get; set; } = default!;

    /// <summary>The message for an error field ("Shifts.Monday", "Days"), null when it has none.</summary>
    [Parameter, EditorRequired]
    public Func<string, string?> ErrorOf { get; set; } = _ => null;

    /// <summary>The year shown first; the current year in the calendar's zone.</summary>
    [Parameter]
    public int ThisYear { get; set; } = DateTime.UtcNow.Year;

    private IReadOnlyList<int> Years => [.. Form.Days.Select(d => d.Date.Year).Distinct().Order()];

    private IReadOnlyList<SpecialDayInput> Shown =>
        [.. Form.Days.Where(d => _year is null || d.Date.Year == _year)];

    protected override void OnInitialized() =>
        _year = Years.Count > 1 && Years.Contains(ThisYear) ? ThisYear : null;

    private void OnAdd()
    {
        _dateMissing = _date is null;
        if (_date is not { } date)
        {
            return;
        }

        var day = DateOnly.FromDateTime(date);
        Form.SetDay(new SpecialDayInput(day, _kind, _name?.Trim()));
        _year = _year is null ? null : day.Year;
        (_date, _name) = (null, null);
    }

    private void OnRemove(SpecialDayInput day) => Form.Days.Remove(day);
}
