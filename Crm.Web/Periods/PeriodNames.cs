using System.Globalization;
using Crm.Domain.Forecasting;
using Microsoft.Extensions.Localization;

namespace Crm.Web.Periods;

/// <summary>
/// The one way a fiscal period reads: "December 2026" / "2026年12月", "Q3 FY2026" / "2026财年第3季度",
/// and its days "1 Oct 2026 – 31 Dec 2026" / "2026年10月1日 – 2026年12月31日".
/// </summary>
public static class PeriodNames
{
    public static string Label(IStringLocalizer<PeriodText> text, FiscalPeriod period) =>
        period.Kind == PeriodKind.Month
            ? string.Format(CultureInfo.CurrentCulture, text["Period.MonthLabel"], period.Start)
            : string.Format(CultureInfo.CurrentCulture, text["Period.QuarterLabel"], period.FiscalYear, period.Number);

    public static string Range(IStringLocalizer<PeriodText> text, FiscalPeriod period) =>
        string.Format(CultureInfo.CurrentCulture, text["Period.Range"], period.Start, period.LastDay);

    /// <summary>The label with its days, where the period stands alone (a dialog, a page subtitle).</summary>
    public static string Full(IStringLocalizer<PeriodText> text, FiscalPeriod period) =>
        string.Format(CultureInfo.CurrentCulture, text["Period.Full"], Label(text, period), Range(text, period));

    public static string FiscalYear(IStringLocalizer<PeriodText> text, int fiscalYear) =>
        string.Format(CultureInfo.CurrentCulture, text["Period.FiscalYear"], fiscalYear);
}
