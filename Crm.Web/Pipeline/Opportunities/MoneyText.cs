using System.Globalization;
using Crm.Domain.Common;

namespace Crm.Web.Pipeline.Opportunities;

/// <summary>Money in the reader's culture with a symbol that says which currency it is.</summary>
internal static class MoneyText
{
    // Symbols that stay unambiguous next to each other in one list (¥ alone is the yuan here).
    private static readonly Dictionary<string, string> Symbols = new(StringComparer.Ordinal)
    {
        ["CNY"] = "¥",
        ["USD"] = "US$",
        ["EUR"] = "€",
        ["GBP"] = "£",
        ["HKD"] = "HK$",
        ["JPY"] = "JP¥",
        ["SGD"] = "S$",
    };

    public static string Format(Money money)
    {
        var format = (NumberFormatInfo)CultureInfo.CurrentCulture.NumberFormat.Clone();
        format.CurrencySymbol = Symbols.GetValueOrDefault(money.Currency, money.Currency + " ");
        format.CurrencyDecimalDigits = 2;

        return money.Amount.ToString("C", format);
    }

    /// <summary>An amount as a form field shows it: digits and the decimal point, no grouping.</summary>
    public static string Plain(decimal amount) => amount.ToString("0.##", CultureInfo.InvariantCulture);
}
