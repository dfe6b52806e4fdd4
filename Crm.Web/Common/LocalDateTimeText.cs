using System.Globalization;

namespace Crm.Web.Common;

/// <summary>
/// The text of an <c>input type="datetime-local"</c>: ISO wall-clock time, the same in every
/// language, so parsing never depends on the UI culture.
/// </summary>
internal static class LocalDateTimeText
{
    private static readonly string[] Formats =
        ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFF"];

    public static string Format(DateTime local) => local.ToString(Formats[0], CultureInfo.InvariantCulture);

    /// <summary>The wall-clock time typed, or null when the text is empty or not such a time.</summary>
    public static DateTime? Parse(string? text) =>
        DateTime.TryParseExact(
            text?.Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value)
            ? value
            : null;
}
