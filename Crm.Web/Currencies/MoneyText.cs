using System.Globalization;
using Crm.Domain.Common;

namespace Crm.Web.Currencies;

/// <summary>
/// Money as the reader expects it, everywhere in the app: the currency's sign (¥, US$, €…) or
/// its code, and digits grouped and separated the way the reader's culture does. Amounts carry
/// two decimals; <see cref="Whole"/> drops cents that are zero and <see cref="Compact"/> fits a
/// column header.
/// </summary>
public static class MoneyText
{
    // One sign per currency in every language, so ¥ always means yuan and the yen reads JP¥.
    private static readonly Dictionary<string, string> Signs = new(StringComparer.Ordinal)
    {
        ["CNY"] = "¥", ["USD"] = "US$", ["EUR"] = "€", ["HKD"] = "HK$", ["JPY"] = "JP¥", ["GBP"] = "£",
        ["SGD"] = "S$", ["TWD"] = "NT$", ["KRW"] = "₩", ["AUD"] = "A$", ["CAD"] = "C$",
    };

    /// <summary>The sign written before an amount: "¥", "US$", or the code and a space ("CHF ").</summary>
    public static string Sign(string currency) => Signs.GetValueOrDefault(currency) ?? currency + " ";

    /// <summary>"¥12,345.67", "US$1,200.00", "CHF 80.00": two decimals, as every amount has.</summary>
    public static string Format(decimal amount, string currency, CultureInfo? culture = null) =>
        Signed(amount, currency, amount.ToString("N2", culture ?? CultureInfo.CurrentCulture));

    /// <inheritdoc cref="Format(decimal, string, CultureInfo?)"/>
    public static string Format(Money money, CultureInfo? culture = null) =>
        Format(money.Amount, money.Currency, culture);

    /// <summary>"¥120,000" or "¥1,234.50": cents only when there are some, for cards and lists.</summary>
    public static string Whole(Money money, CultureInfo? culture = null)
    {
        var digits = money.MinorUnits % 100 == 0 ? "N0" : "N2";

        return Signed(money.Amount, money.Currency, money.Amount.ToString(digits, culture ?? CultureInfo.CurrentCulture));
    }

    /// <summary>
    /// Chinese counts in 万 and 亿, English in K, M and B ("¥12.5万", "US$125K"); amounts under
    /// those units stay whole.
    /// </summary>
    public static string Compact(Money money, CultureInfo? culture = null)
    {
        culture ??= CultureInfo.CurrentCulture;
        var amount = Math.Abs(money.Amount);
        var (divisor, suffix) = CompactUnit(amount, culture);
        if (divisor == 1m)
        {
            return Whole(new Money(money.MinorUnits / 100 * 100, money.Currency), culture);
        }

        var scaled = Math.Round(amount / divisor, amount / divisor >= 100 ? 0 : 1, MidpointRounding.AwayFromZero);

        return Signed(money.Amount, money.Currency, scaled.ToString("0.#", culture) + suffix);
    }

    /// <summary>An amount as a form field shows it: digits and the decimal point, no grouping.</summary>
    public static string Plain(decimal amount) => amount.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>A rate with as many decimals as it has (at most eight): "7.1835", "0.048512".</summary>
    public static string Rate(decimal rate, CultureInfo? culture = null) =>
        rate.ToString("#,0.########", culture ?? CultureInfo.CurrentCulture);

    private static (decimal Divisor, string Suffix) CompactUnit(decimal amount, CultureInfo culture) =>
        culture.TwoLetterISOLanguageName == "zh"
            ? amount >= 100_000_000m ? (100_000_000m, "亿") : amount >= 10_000m ? (10_000m, "万") : (1m, "")
            : amount >= 1_000_000_000m ? (1_000_000_000m, "B")
            : amount >= 1_000_000m ? (1_000_000m, "M")
            : amount >= 1_000m ? (1_000m, "K") : (1m, "");

    // The minus goes before the sign: "-¥1,200.00", never "¥-1,200.00".
    private static string Signed(decimal amount, string currency, string number) =>
        amount < 0 ? $"-{Sign(currency)}{number.TrimStart('-')}" : $"{Sign(currency)}{number}";
}
