using Crm.Domain.Sla;

namespace Crm.Infrastructure.Sla;

/// <summary>Between the editor's inputs and the domain's calendar types.</summary>
internal static class CalendarInputs
{
    public static List<WorkingShift> ShiftsOf(CalendarInput input) =>
        [.. (input.Shifts ?? []).Select(s => WorkingShift.Of(s.Day, s.Start, s.End))];

    public static List<SpecialDay> DaysOf(CalendarInput input) =>
        [.. (input.Days ?? []).Select(d => new SpecialDay(d.Date, d.Kind, d.Name, d.WorksAs))];

    public static CalendarView ViewOf(BusinessCalendar calendar) =>
        new(calendar.Id, calendar.Version, calendar.Name, calendar.TimeZoneId, calendar.IsDefault,
            [.. calendar.Shifts.Select(s => new ShiftInput(
                s.Day, TimeSpan.FromMinutes(s.StartMinute), TimeSpan.FromMinutes(s.EndMinute)))],
            [.. calendar.SpecialDays.Select(d => new SpecialDayInput(d.Date, d.Kind, d.Name, d.WorksAs))]);

    public static CalendarSummary SummaryOf(BusinessCalendar calendar, int policies) =>
        new(calendar.Id, calendar.Version, calendar.Name, calendar.TimeZoneId, calendar.IsDefault,
            calendar.Shifts.Sum(s => s.Minutes),
            calendar.SpecialDays.Count(d => d.Kind == SpecialDayKind.Holiday),
            calendar.SpecialDays.Count(d => d.Kind == SpecialDayKind.WorkingDay),
            policies);
}
