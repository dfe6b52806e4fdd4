using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Crm.Web.Pipeline.Opportunities;

/// <summary>Business days as the reader writes them, and as the browser's date field takes them.</summary>
internal static class DateText
{
    private const string IsoFormat = "yyyy-MM-dd";

    public static string Format(DateOnly day, IStringLocalizer<OpportunityText> text) =>
        day.ToString(text["Date.Format"], CultureInfo.CurrentCulture);

    public static string Format(DateTime local, IStringLocalizer<OpportunityText> text) =>
        local.ToString(text["DateTime.Format"], CultureInfo.CurrentCulture);

    /// <summary>The value of an <c>input type="date"</c>.</summary>
    public static string Iso(DateOnly day) => day.ToString(IsoFormat, CultureInfo.InvariantCulture);

    public static DateOnly? ParseIso(string? value) =>
        DateOnly.TryParseExact(value, IsoFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : null;
}
