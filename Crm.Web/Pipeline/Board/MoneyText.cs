using System.Globalization;
using Crm.Domain.Common;

namespace Crm.Web.Pipeline.Board;

/// <summary>
/// Money as the reader's culture writes numbers, with the currency's usual sign: whole amounts
/// without cents, and a compact form (12.5万, 125K) for column headers where space is short.
/// </summary>
internal static class MoneyText
{
    // Signs people in China and abroad read without thinking; anything else shows its ISO code.
    private static readonly Dictionary<string, string> Signs = new(StringComparer.Ordinal)
    {
        ["CNY"] = "¥", ["USD"] = "$", ["EUR"] = "€", ["GBP"] = "£", ["JPY"] = "JP¥", ["HKD"] = "HK$",
        ["SGD"] = "S$", ["TWD"] = "NT$", ["KRW"] = "₩", ["AUD"] = "A$", ["CAD"] = "C$",
    };

    public static string Sign(string currency) => Signs.GetValueOrDefault(currency) ?? currency + " ";

    /// <summary>¥120,000 or ¥1,234.50: cents only when there are some.</summary>
    public static string Format(Money money, CultureInfo culture)
    {
        var format = (NumberFormatInfo)culture.NumberFormat.Clone();
        format.CurrencySymbol = Sign(money.Currency);
        var decimals = money.MinorUnits % 100 == 0 ? "C0" : "C2";

        return money.Amount.ToString(decimals, format);
    }

    /// <summary>Chinese counts in 万 and 亿, English in K, M and B; small amounts stay whole.</summary>
    public static string Compact(Money money, CultureInfo culture)
    {
        var amount = Math.Abs(money.Amount);
        var (divisor, suffix) = culture.TwoLetterISOLanguageName == "zh"
            ? amount >= 100_000_000m ? (100_000_000m, "亿") : amount >= 10_000m ? (10_000m, "万") : (1m, "")
            : amount >= 1_000_000_000m ? (1_000_000_000m, "B")
            : amount >= 1_000_000m ? (1_000_000m, "M")
            : amount >= 1_000m ? (1_000m, "K") : (1m, "");
        if (divisor == 1m)
        {
            return Format(new Money(money.MinorUnits / 100 * 100, money.Currency), culture);
        }

        var sign = money.MinorUnits < 0 ? culture.NumberFormat.NegativeSign : "";
        var scaled = Math.Round(amount / divisor, amount / divisor >= 100 ? 0 : 1, MidpointRounding.AwayFromZero);

        return sign + Sign(money.Currency) + scaled.ToString("0.#", culture) + suffix;
    }
}
