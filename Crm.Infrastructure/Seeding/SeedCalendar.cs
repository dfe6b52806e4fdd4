namespace Crm.Infrastructure.Seeding;

/// <summary>
/// Business moments for seeded history: working hours on working days in China Standard
/// Time, returned in UTC and never later than the clock's now.
/// </summary>
internal static class SeedCalendar
{
    public const int HistoryDays = 548;

    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public static DateOnly TodayIn(DateTime nowUtc) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(nowUtc, Shanghai));

    /// <summary>The given local day and time in Shanghai, as UTC.</summary>
    public static DateTime At(DateOnly day, TimeOnly time) =>
        TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(time, DateTimeKind.Unspecified), Shanghai);

    /// <summary>
    /// A moment during working hours (09:00–18:00) on a working day up to
    /// <paramref name="maxDaysAgo"/> ago. Always draws the same number of values from
    /// <paramref name="random"/>, so whatever the date, what is drawn after it stays the same.
    /// </summary>
    public static DateTime PastWorkMoment(DateTime nowUtc, int maxDaysAgo, Random random)
    {
        // Skewed towards recent days: recent months hold more history than the oldest ones.
        var daysAgo = (int)(maxDaysAgo * Math.Pow(random.NextDouble(), 1.4));

        return WorkMomentDaysAgo(nowUtc, daysAgo, random);
    }

    /// <summary>
    /// A moment during working hours <paramref name="daysAgo"/> days ago, or on the working day
    /// before when that is a weekend (a few fall on the weekend itself); never later than now.
    /// Draws the same number of values from <paramref name="random"/> whatever the date.
    /// </summary>
    public static DateTime WorkMomentDaysAgo(DateTime nowUtc, int daysAgo, Random random)
    {
        var atWeekend = random.Chance(0.05);
        var time = WorkTime(random);
        var day = WorkingDayOnOrBefore(TodayIn(nowUtc).AddDays(-daysAgo), atWeekend);
        var moment = At(day, time);

        return moment <= nowUtc ? moment : At(WorkingDayOnOrBefore(day.AddDays(-1), atWeekend), time);
    }

    public static TimeOnly WorkTime(Random random) => new TimeOnly(9, 0).AddMinutes(5 * random.Next(0, 108));

    // A few people do work at weekends; most history falls on Monday to Friday.
    private static DateOnly WorkingDayOnOrBefore(DateOnly day, bool atWeekend) => day.DayOfWeek switch
    {
        _ when atWeekend => day,
        DayOfWeek.Saturday => day.AddDays(-1),
        DayOfWeek.Sunday => day.AddDays(-2),
        _ => day,
    };
}
