using System.Globalization;

namespace Crm.Web.Currencies;

/// <summary>
/// Amounts and exchange rates as the reader expects them: the currency's sign (¥, US$, €…) or
/// its code, and digits grouped and separated the way the reader's culture does.
/// </summary>
public static class MoneyText
{
    // One sign per currency in every language, so ¥ always means yuan and the yen reads JP¥.
    private static readonly Dictionary<string, string> Signs = new(StringComparer.Ordinal)
    {
        ["CNY"] = "¥", ["USD"] = "US$", ["EUR"] = "€", ["HKD"] = "HK$", ["JPY"] = "JP¥", ["GBP"] = "£",
        ["SGD"] = "S$",
    };

    /// <summary>"¥12,345.67", "US$1,200.00", "CHF 80.00": two decimals, as every amount has.</summary>
    public static string Format(decimal amount, string currency, CultureInfo? culture = null)
    {
        var number = amount.ToString("N2", culture ?? CultureInfo.CurrentCulture);

        return Signs.TryGetValue(currency, out var sign)
            ? amount < 0 ? $"-{sign}{number.TrimStart('-')}" : $"{sign}{number}"
            : $"{currency} {number}";
    }

    /// <summary>A rate with as many decimals as it has (at most eight): "7.1835", "0.048512".</summary>
    public static string Rate(decimal rate, CultureInfo? culture = null) =>
        rate.ToString("#,0.########", culture ?? CultureInfo.CurrentCulture);
}
