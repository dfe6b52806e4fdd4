using Crm.Domain.Forecasting;
using Microsoft.Extensions.Localization;

namespace Crm.Web.Analytics;

/// <summary>How a fiscal period reads: "December 2026" / "2026年12月", "Q4 FY2026" / "2026财年第4季度".</summary>
internal static class PeriodText
{
    public static string Label(IStringLocalizer<AnalyticsText> text, FiscalPeriod period) =>
        period.Kind == PeriodKind.Month
            ? string.Format(text["Period.MonthLabel"], period.Start)
            : string.Format(text["Period.QuarterLabel"], period.FiscalYear, period.Number);

    public static string Range(IStringLocalizer<AnalyticsText> text, FiscalPeriod period) =>
        string.Format(text["Period.Range"], period.Start, period.LastDay);
}
