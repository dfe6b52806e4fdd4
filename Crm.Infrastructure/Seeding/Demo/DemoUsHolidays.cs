using Crm.Domain.Sla;

namespace Crm.Infrastructure.Seeding.Demo;

/// <summary>
/// The US federal holidays most offices close on, by their rules (fixed dates moved to Friday
/// or Monday when they fall on a weekend; the nth or last weekday of a month otherwise).
/// Columbus Day and Veterans Day are left out: most businesses work on them.
/// </summary>
internal static class DemoUsHolidays
{
    public static IEnumerable<SpecialDay> Days(int firstYear, int lastYear)
    {
        for (var year = firstYear; year <= lastYear; year++)
        {
            yield return Day(Observed(new DateOnly(year, 1, 1)), "New Year's Day");
            yield return Day(Nth(year, 1, DayOfWeek.Monday, 3), "Martin Luther King Jr. Day");
            yield return Day(Nth(year, 2, DayOfWeek.Monday, 3), "Presidents' Day");
            yield return Day(Last(year, 5, DayOfWeek.Monday), "Memorial Day");
            yield return Day(Observed(new DateOnly(year, 6, 19)), "Juneteenth");
            yield return Day(Observed(new DateOnly(year, 7, 4)), "Independence Day");
            yield return Day(Nth(year, 9, DayOfWeek.Monday, 1), "Labor Day");
            yield return Day(Nth(year, 11, DayOfWeek.Thursday, 4), "Thanksgiving Day");
            yield return Day(Observed(new DateOnly(year, 12, 25)), "Christmas Day");
        }
    }

    private static SpecialDay Day(DateOnly date, string name) => new(date, SpecialDayKind.Holiday, name);

    private static DateOnly Observed(DateOnly date) => date.DayOfWeek switch
    {
        DayOfWeek.Saturday => date.AddDays(-1),
        DayOfWeek.Sunday => date.AddDays(1),
        _ => date,
    };

    private static DateOnly Nth(int year, int month, DayOfWeek weekday, int n)
    {
        var first = new DateOnly(year, month, 1);
        var offset = ((int)weekday - (int)first.DayOfWeek + 7) % 7;

        return first.AddDays(offset + (7 * (n - 1)));
    }

    private static DateOnly Last(int year, int month, DayOfWeek weekday)
    {
        var last = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        var offset = ((int)last.DayOfWeek - (int)weekday + 7) % 7;

        return last.AddDays(-offset);
    }
}
