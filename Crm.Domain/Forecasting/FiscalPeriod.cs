using System.Globalization;

namespace Crm.Domain.Forecasting;

/// <summary>
/// One month or quarter of the organisation's fiscal year, as dates in the organisation's time
/// zone: from <see cref="Start"/> up to but not including <see cref="End"/>. A fiscal year is
/// named by the calendar year it starts in, so with an April start FY2026 runs from 2026-04-01
/// to 2027-03-31 and its first quarter is April to June. <see cref="Key"/> names the period in
/// URLs and stored rows: <c>2026-04</c> for a month, <c>FY2026-Q1</c> for a quarter.
/// </summary>
public sealed record FiscalPeriod(PeriodKind Kind, int FiscalYear, int Number, DateOnly Start, DateOnly End)
{
    public string Key => Kind == PeriodKind.Month
        ? Start.ToString("yyyy-MM", CultureInfo.InvariantCulture)
        : string.Create(CultureInfo.InvariantCulture, $"FY{FiscalYear}-Q{Number}");

    /// <summary>The number of calendar days in the period.</summary>
    public int Days => End.DayNumber - Start.DayNumber;

    /// <summary>The last day that belongs to the period.</summary>
    public DateOnly LastDay => End.AddDays(-1);

    public bool Contains(DateOnly day) => day >= Start && day < End;

    /// <summary>
    /// The share of the period's working days that have passed by the end of
    /// <paramref name="today"/>: 0 before the period, 1 after it. A working day is a day of the
    /// week in <paramref name="workingDays"/> that is not one of the <paramref name="holidays"/>,
    /// or one of the <paramref name="makeUpDays"/> (China's 调休: a weekend day worked to bridge a
    /// holiday). A period without a single working day counts as passed once it has ended.
    /// </summary>
    public decimal ElapsedWorkingShare(
        DateOnly today, IReadOnlyCollection<DayOfWeek> workingDays, IReadOnlySet<DateOnly>? holidays = null,
        IReadOnlySet<DateOnly>? makeUpDays = null)
    {
        bool Works(DateOnly day) =>
            makeUpDays?.Contains(day) == true
            || (workingDays.Contains(day.DayOfWeek) && holidays?.Contains(day) != true);

        var total = CountDays(Start, End, Works);
        var last = today < Start ? Start : today >= End ? End : today.AddDays(1);
        var passed = CountDays(Start, last, Works);
        if (total == 0)
        {
            return today >= LastDay ? 1m : 0m;
        }

        return (decimal)passed / total;
    }

    private static int CountDays(DateOnly from, DateOnly to, Func<DateOnly, bool> counts)
    {
        var count = 0;
        for (var day = from; day < to; day = day.AddDays(1))
        {
            if (counts(day))
            {
                count++;
            }
        }

        return count;
    }
}
