using Crm.Domain.Sla;
using Crm.Infrastructure.Sla;

namespace Crm.Infrastructure.Tests.Sla;

/// <summary>Calendar inputs as the editor would submit them.</summary>
internal static class SlaInputs
{
    private static readonly DayOfWeek[] Weekdays =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    /// <summary>Asia/Shanghai, weekdays 09:00–12:00 and 13:30–18:00, with a unique name.</summary>
    public static CalendarInput Office(params SpecialDayInput[] days) =>
        new($"办公日历 {Guid.NewGuid():N}", "Asia/Shanghai",
        [
            .. Weekdays.SelectMany(day => new[]
            {
                new ShiftInput(day, TimeSpan.FromHours(9), TimeSpan.FromHours(12)),
                new ShiftInput(day, TimeSpan.FromHours(13.5), TimeSpan.FromHours(18)),
            }),
        ],
        days);

    public static SpecialDayInput Holiday(int year, int month, int day, string name = "假日") =>
        new(new DateOnly(year, month, day), SpecialDayKind.Holiday, name);

    public static SpecialDayInput MakeUpDay(int year, int month, int day) =>
        new(new DateOnly(year, month, day), SpecialDayKind.WorkingDay, "调休");
}
