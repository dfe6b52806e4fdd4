using Crm.Domain.Sla;

namespace Crm.Infrastructure.Seeding.Demo;

/// <summary>
/// Mainland China's public holidays and make-up working days (调休) for 2025–2027. 2025 and
/// 2026 follow the State Council's published arrangements. 2027 is not published yet: its
/// entries are estimated from the statutory days (元旦 1, 春节 4 from New Year's Eve, 清明 1,
/// 劳动节 2, 端午 1, 中秋 1, 国庆 3) on their 2027 dates, with a statutory day that falls on a
/// weekend given on the next weekday; they carry "（预计）" in their name, and 2027 has no
/// make-up days until the real arrangement replaces these (docs/sla.md).
/// </summary>
internal static class DemoChinaHolidays
{
    private static readonly (string From, string To, string Name)[] Holidays =
    [
        ("2025-01-01", "2025-01-01", "元旦"),
        ("2025-01-28", "2025-02-04", "春节"),
        ("2025-04-04", "2025-04-06", "清明节"),
        ("2025-05-01", "2025-05-05", "劳动节"),
        ("2025-05-31", "2025-06-02", "端午节"),
        ("2025-10-01", "2025-10-08", "国庆节、中秋节"),
        ("2026-01-01", "2026-01-03", "元旦"),
        ("2026-02-15", "2026-02-23", "春节"),
        ("2026-04-04", "2026-04-06", "清明节"),
        ("2026-05-01", "2026-05-05", "劳动节"),
        ("2026-06-19", "2026-06-21", "端午节"),
        ("2026-09-25", "2026-09-27", "中秋节"),
        ("2026-10-01", "2026-10-07", "国庆节"),
        ("2027-01-01", "2027-01-01", "元旦（预计）"),
        ("2027-02-05", "2027-02-10", "春节（预计）"),
        ("2027-04-05", "2027-04-05", "清明节（预计）"),
        ("2027-05-01", "2027-05-04", "劳动节（预计）"),
        ("2027-06-09", "2027-06-09", "端午节（预计）"),
        ("2027-09-15", "2027-09-15", "中秋节（预计）"),
        ("2027-10-01", "2027-10-05", "国庆节（预计）"),
    ];

    private static readonly (string Date, string Name)[] MakeUpDays =
    [
        ("2025-01-26", "春节调休"),
        ("2025-02-08", "春节调休"),
        ("2025-04-27", "劳动节调休"),
        ("2025-09-28", "国庆节调休"),
        ("2025-10-11", "国庆节调休"),
        ("2026-01-04", "元旦调休"),
        ("2026-02-14", "春节调休"),
        ("2026-02-28", "春节调休"),
        ("2026-05-09", "劳动节调休"),
        ("2026-09-20", "国庆节调休"),
        ("2026-10-10", "国庆节调休"),
    ];

    public static IEnumerable<SpecialDay> Days()
    {
        foreach (var (from, to, name) in Holidays)
        {
            for (var day = DateOnly.Parse(from); day <= DateOnly.Parse(to); day = day.AddDays(1))
            {
                yield return new SpecialDay(day, SpecialDayKind.Holiday, name);
            }
        }

        foreach (var (date, name) in MakeUpDays)
        {
            yield return new SpecialDay(DateOnly.Parse(date), SpecialDayKind.WorkingDay, name);
        }
    }
}
