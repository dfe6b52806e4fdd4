using System.Globalization;
using Crm.Domain.Common;

namespace Crm.Domain.Forecasting;

/// <summary>
/// Cuts time into fiscal months and quarters from the month the fiscal year starts in
/// (<see cref="Organization.OrganizationSettings.FiscalYearStartMonth"/>). Months are calendar
/// months; quarters are three of them counted from the start month.
/// </summary>
public sealed class FiscalCalendar
{
    public FiscalCalendar(int startMonth)
    {
        if (startMonth is < 1 or > 12)
        {
            throw new DomainException("fiscal-month.range", "The fiscal year starts in a month from 1 to 12.",
                nameof(startMonth));
        }

        StartMonth = startMonth;
    }

    public int StartMonth { get; }

    /// <summary>The fiscal year <paramref name="day"/> belongs to, named by the year it starts in.</summary>
    public int FiscalYearOf(DateOnly day) => day.Month >= StartMonth ? day.Year : day.Year - 1;

    public FiscalPeriod PeriodContaining(DateOnly day, PeriodKind kind)
    {
        var year = FiscalYearOf(day);
        var monthIndex = (day.Month - StartMonth + 12) % 12;

        return kind == PeriodKind.Month
            ? Build(kind, year, monthIndex + 1)
            : Build(kind, year, (monthIndex / 3) + 1);
    }

    public FiscalPeriod Next(FiscalPeriod period) => PeriodContaining(period.End, period.Kind);

    public FiscalPeriod Previous(FiscalPeriod period) => PeriodContaining(period.Start.AddDays(-1), period.Kind);

    /// <summary>The months or quarters of the fiscal year <paramref name="fiscalYear"/>, in order.</summary>
    public IReadOnlyList<FiscalPeriod> PeriodsOf(int fiscalYear, PeriodKind kind) =>
        Enumerable.Range(1, kind == PeriodKind.Month ? 12 : 4).Select(n => Build(kind, fiscalYear, n)).ToList();

    /// <summary>
    /// Reads a <see cref="FiscalPeriod.Key"/> (<c>2026-04</c> or <c>FY2026-Q1</c>); null when the
    /// text is neither.
    /// </summary>
    public FiscalPeriod? Parse(string? key)
    {
        if (string.IsNullOrWhiteSpace(key))
        {
            return null;
        }

        var text = key.Trim();
        if (DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture,
                DateTimeStyles.None, out var monthStart))
        {
            return PeriodContaining(monthStart, PeriodKind.Month);
        }

        return TryParseQuarter(text, out var year, out var quarter) ? Build(PeriodKind.Quarter, year, quarter) : null;
    }

    private static bool TryParseQuarter(string text, out int year, out int quarter)
    {
        year = 0;
        quarter = 0;
        var parts = text.ToUpperInvariant().Split("-Q");

        return parts.Length == 2
            && parts[0].StartsWith("FY", StringComparison.Ordinal)
            && int.TryParse(parts[0].AsSpan(2), NumberStyles.None, CultureInfo.InvariantCulture, out year)
            && year is >= 1900 and <= 9998
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out quarter)
            && quarter is >= 1 and <= 4;
    }

    private FiscalPeriod Build(PeriodKind kind, int fiscalYear, int number)
    {
        var months = kind == PeriodKind.Month ? 1 : 3;
        var start = new DateOnly(fiscalYear, StartMonth, 1).AddMonths((number - 1) * months);

        return new FiscalPeriod(kind, fiscalYear, number, start, start.AddMonths(months));
    }
}
