using System.Globalization;
using Crm.Domain.Forecasting;
using Microsoft.Extensions.Localization;

namespace Crm.Web.Targets;

/// <summary>Periods as people read them: "April 2026" / "2026年4月", "FY2026 Q1 (Apr – Jun)".</summary>
internal static class PeriodNames
{
    public static string Of(FiscalPeriod period, IStringLocalizer text)
    {
        var culture = CultureInfo.CurrentCulture;
        if (period.Kind == PeriodKind.Month)
        {
            return period.Start.ToString("Y", culture);
        }

        return string.Format(culture, text["Period.QuarterName"], period.FiscalYear, period.Number,
            period.Start.ToString("MMM", culture), period.LastDay.ToString("MMM", culture));
    }
}
