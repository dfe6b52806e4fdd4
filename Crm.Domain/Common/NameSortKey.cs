using System.Globalization;

namespace Crm.Domain.Common;

/// <summary>
/// A culture-aware sort key stored beside a name so that SQL ordering follows Chinese
/// pinyin order (and ordinary alphabetical order for Latin names) on every database.
/// </summary>
public static class NameSortKey
{
    public const int MaxLength = 200;

    private static readonly CompareInfo Chinese = CultureInfo.GetCultureInfo("zh-CN").CompareInfo;

    /// <summary>
    /// Hex of the ICU zh-CN collation key, truncated to <see cref="MaxLength"/>; comparing
    /// two keys as plain strings orders the names as a Chinese reader expects.
    /// </summary>
    public static string For(string name)
    {
        var key = Chinese.GetSortKey(name, CompareOptions.IgnoreCase).KeyData;
        var hex = Convert.ToHexStringLower(key);

        return hex.Length <= MaxLength ? hex : hex[..MaxLength];
    }
}
