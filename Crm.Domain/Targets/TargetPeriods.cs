using Crm.Domain.Common;
using Crm.Domain.Forecasting;

namespace Crm.Domain.Targets;

/// <summary>The fiscal periods targets are set for: any month or quarter of the calendar.</summary>
public static class TargetPeriods
{
    /// <summary>
    /// The period <paramref name="key"/> names in <paramref name="calendar"/>. Throws
    /// <see cref="DomainException"/> "Period.unknown" (field "Period") when it names none.
    /// </summary>
    public static FiscalPeriod Require(FiscalCalendar calendar, string? key) =>
        calendar.Parse(key) ?? throw new DomainException(
            "Period.unknown", $"Unknown period '{key}': write a month as 2026-04 or a quarter as FY2026-Q1.",
            "Period");
}
