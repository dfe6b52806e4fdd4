using Crm.Domain.Forecasting;

namespace Crm.Infrastructure.Analytics;

/// <summary>
/// A dashboard's period in the organisation's fiscal calendar, with the organisation's today:
/// what a period picker needs to step back and forth and to offer the way back to today's period.
/// </summary>
public sealed record PeriodView(FiscalPeriod Period, FiscalCalendar Calendar, DateOnly Today)
{
    public bool IsCurrent => Period.Contains(Today);
}
