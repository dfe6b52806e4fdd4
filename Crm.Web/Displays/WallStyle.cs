using System.Globalization;

namespace Crm.Web.Displays;

/// <summary>
/// Values panels write into inline styles and SVG attributes: always with a dot for decimals,
/// whatever language the display speaks, or the browser drops them.
/// </summary>
internal static class WallStyle
{
    /// <summary>"42.5%" from a share of one, held to 0 to 100%.</summary>
    public static string Percent(decimal share) =>
        (Math.Clamp(share, 0m, 1m) * 100m).ToString("0.##", CultureInfo.InvariantCulture) + "%";

    /// <summary>
    /// The share <paramref name="part"/> is of <paramref name="whole"/>; 0 when the whole is not positive.
    /// </summary>
    public static decimal Share(long part, long whole) => whole > 0 ? (decimal)part / whole : 0m;

    /// <summary>A value's name as a CSS class part: "critical", "onleave".</summary>
    public static string Name<TEnum>(TEnum value)
        where TEnum : struct, Enum => value.ToString().ToLowerInvariant();

    /// <summary>A coordinate for SVG: "12.35".</summary>
    public static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
