using System.Globalization;

namespace Crm.Web.Displays.Service;

/// <summary>
/// A countdown's text as the server renders it first; wall.js then writes the same text every
/// second ("0:42:07", "2d 5h" or "2天5小时", "+0:03:12" once past), so the two must agree.
/// </summary>
internal static class SlaCountdownText
{
    public static string Of(TimeSpan remaining, CultureInfo culture)
    {
        var total = TimeSpan.FromSeconds(Math.Floor(Math.Abs(remaining.TotalSeconds)));
        var chinese = culture.TwoLetterISOLanguageName == "zh";
        var invariant = CultureInfo.InvariantCulture;
        var text = total.Days > 0
            ? chinese
                ? string.Create(invariant, $"{total.Days}天{total.Hours}小时")
                : string.Create(invariant, $"{total.Days}d {total.Hours}h")
            : string.Create(invariant, $"{total.Hours}:{total.Minutes:00}:{total.Seconds:00}");

        return remaining < TimeSpan.Zero ? "+" + text : text;
    }
}
