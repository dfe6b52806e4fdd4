using Crm.Domain.Customers;
using Crm.Domain.Sla;
using Crm.Infrastructure.Sla;

namespace Crm.Infrastructure.Seeding.Demo;

/// <summary>
/// The demo's SLA set-up: the mainland working-day calendar (the default), a round-the-clock
/// calendar for critical tickets and a US Eastern calendar; a policy per priority for every
/// tier and a stricter one per priority for strategic accounts.
/// </summary>
internal static class DemoSla
{
    public static readonly Guid ChinaCalendarId = DeterministicGuid.From("demo:sla-calendar", "cn");
    public static readonly Guid AroundTheClockId = DeterministicGuid.From("demo:sla-calendar", "24x7");
    public static readonly Guid UsEasternId = DeterministicGuid.From("demo:sla-calendar", "us-east");

    private const int Day = 450;

    private static readonly DayOfWeek[] Weekdays =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    // Priority, tier, first response, resolution (working minutes), round the clock.
    private static readonly (SlaPriority Priority, AccountTier? Tier, int First, int Resolve, bool AllDay)[] Policies =
    [
        (SlaPriority.Critical, null, 60, 8 * 60, true),
        (SlaPriority.High, null, 4 * 60, 2 * Day, false),
        (SlaPriority.Medium, null, 8 * 60, 5 * Day, false),
        (SlaPriority.Low, null, 2 * Day, 10 * Day, false),
        (SlaPriority.Critical, AccountTier.Strategic, 30, 4 * 60, true),
        (SlaPriority.High, AccountTier.Strategic, 2 * 60, Day, false),
        (SlaPriority.Medium, AccountTier.Strategic, 4 * 60, 3 * Day, false),
        (SlaPriority.Low, AccountTier.Strategic, 8 * 60, 5 * Day, false),
    ];

    public static List<BusinessCalendar> Calendars(DateTime nowUtc)
    {
        var china = BusinessCalendar.Create(
            ChinaCalendarId, "中国大陆工作日", "Asia/Shanghai",
            Shifts(Weekdays, (9 * 60, 12 * 60), ((13 * 60) + 30, 18 * 60)), DemoChinaHolidays.Days(), nowUtc);
        china.MarkDefault(nowUtc);
        var allDay = BusinessCalendar.Create(
            AroundTheClockId, "7×24 全天候", "Asia/Shanghai",
            Shifts(Enum.GetValues<DayOfWeek>(), (0, WorkingShift.MinutesPerDay)), [], nowUtc);
        var usEastern = BusinessCalendar.Create(
            UsEasternId, "US Eastern business days", "America/New_York",
            Shifts(Weekdays, (9 * 60, 17 * 60)), DemoUsHolidays.Days(2025, 2027), nowUtc);

        return [china, allDay, usEastern];
    }

    public static List<SlaPolicy> PolicySet(DateTime nowUtc) =>
    [
        .. Policies.Select(p => SlaPolicy.Create(
            SlaPolicyService.IdOf(p.Priority, p.Tier), p.Priority, p.Tier,
            new SlaPolicyTerms(p.First, p.Resolve, p.AllDay ? AroundTheClockId : null), nowUtc)),
    ];

    private static IEnumerable<WorkingShift> Shifts(
        IEnumerable<DayOfWeek> days, params (int Start, int End)[] periods) =>
        days.SelectMany(day => periods.Select(p => new WorkingShift(day, p.Start, p.End)));
}
