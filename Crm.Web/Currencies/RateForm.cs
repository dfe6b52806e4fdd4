using System.Globalization;
using Crm.Domain.Currencies;

namespace Crm.Web.Currencies;

/// <summary>
/// What the add-rate form holds: a currency code, an ISO date (as the date input gives it) and
/// a rate.
/// </summary>
public sealed class RateForm
{
    public static readonly IReadOnlyCollection<string> Fields = ["Currency", "EffectiveDate", "Rate"];

    public string? Currency { get; set; }

    public string? Date { get; set; }

    public decimal? Rate { get; set; }

    public string Code => Currency?.Trim().ToUpperInvariant() ?? "";

    public DateOnly? Day =>
        DateOnly.TryParseExact(Date?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : null;

    public static string DateText(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Every mistake the form can see, as (field, error code) pairs in the service's terms.</summary>
    public IEnumerable<(string Field, string Code)> Check(string baseCurrency)
    {
        if (Code.Length != 3 || !Code.All(char.IsAsciiLetterUpper))
        {
            yield return ("Currency", "currency.invalid");
        }
        else if (Code == baseCurrency)
        {
            yield return ("Currency", "Currency.is-base");
        }

        if (Day is null)
        {
            yield return ("EffectiveDate", "EffectiveDate.required");
        }

        if (Rate is not { } rate || rate <= 0 || rate > ExchangeRate.MaxRate
            || decimal.Round(rate, ExchangeRate.MaxDecimals) != rate)
        {
            yield return ("Rate", "Rate.range");
        }
    }
}
