using Crm.Domain.Analytics;
using Crm.Domain.Forecasting;

namespace Crm.Infrastructure.Analytics;

/// <summary>
/// The organisation's settings every figure depends on: its time zone (which decides the day
/// of an instant), its fiscal calendar and working week (which decide periods and pace), and
/// today's date there.
/// </summary>
public sealed record DashboardSettings(
    TimeZoneInfo Zone, FiscalCalendar Calendar, IReadOnlyCollection<DayOfWeek> WorkingDays, DateOnly Today)
{
    /// <summary>
    /// The period named by <paramref name="key"/>, or the one of <paramref name="kind"/> containing today.
    /// </summary>
    public FiscalPeriod PeriodOf(string? key, PeriodKind kind) =>
        Calendar.Parse(key) ?? Calendar.PeriodContaining(Today, kind);

    public DateRange RangeOf(FiscalPeriod period) => DateRange.Of(period);

    public PeriodView ViewOf(FiscalPeriod period) => new(period, Calendar, Today);
}
