using System.Globalization;
using Crm.Domain.Forecasting;
using Microsoft.Extensions.Localization;

namespace Crm.Web.Forecasting;

/// <summary>
/// A fiscal period as the reader names it: "FY2026 Q1 (April 1 – June 30)", "April 2026 (FY2026
/// month 1)".
/// </summary>
internal static class ForecastPeriodText
{
    public static string Name(FiscalPeriod period, IStringLocalizer<ForecastText> text)
    {
        var culture = CultureInfo.CurrentCulture;

        return period.Kind == PeriodKind.Quarter
            ? string.Format(culture, text["Period.QuarterName"], period.FiscalYear, period.Number,
                period.Start.ToString("M", culture), period.LastDay.ToString("M", culture))
            : string.Format(culture, text["Period.MonthName"], period.Start.ToString("Y", culture),
                period.FiscalYear, period.Number);
    }
}
