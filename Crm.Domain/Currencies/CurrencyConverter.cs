using Crm.Domain.Common;

namespace Crm.Domain.Currencies;

/// <summary>
/// Converts amounts into the base currency by one rule, the same everywhere (lists, boards,
/// forecasts):
/// <list type="bullet">
/// <item>an open opportunity converts at the latest rate in effect on <see cref="Today"/>
/// (the newest rate dated on or before it);</item>
/// <item>a closed one at the rate in effect on its close day (the newest rate dated on or
/// before that day), so won revenue does not move when rates do.</item>
/// </list>
/// Results are rounded to the minor unit, half away from zero. There is no fallback: a
/// currency without a rate for the day is an error naming the currency, never a silent 1.0.
/// </summary>
public sealed class CurrencyConverter
{
    private readonly Dictionary<string, RatePoint[]> _rates;

    /// <param name="baseCurrency">The organisation's base currency.</param>
    /// <param name="today">The organisation's current date, which picks the rate of open amounts.</param>
    /// <param name="rates">Rates into <paramref name="baseCurrency"/>; rates of other bases must not be passed.</param>
    public CurrencyConverter(string baseCurrency, DateOnly today, IEnumerable<RatePoint> rates)
    {
        BaseCurrency = new Money(0, baseCurrency).Currency;
        Today = today;
        _rates = rates
            .GroupBy(r => r.Currency, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(r => r.EffectiveDate).ToArray(), StringComparer.Ordinal);
    }

    public string BaseCurrency { get; }

    public DateOnly Today { get; }

    /// <summary>The currencies that have at least one rate (the base currency needs none).</summary>
    public IReadOnlyCollection<string> RatedCurrencies => _rates.Keys;

    /// <summary>
    /// <paramref name="amount"/> in the base currency: at the rate of <paramref name="closedOn"/>
    /// for a closed opportunity, at today's rate when it is null. Throws
    /// <see cref="DomainException"/> (code <c>ExchangeRate.missing</c>, the message names the
    /// currency and day) when no rate applies.
    /// </summary>
    public Money ToBase(Money amount, DateOnly? closedOn = null) =>
        TryToBase(amount, closedOn)
        ?? throw new DomainException(
            "ExchangeRate.missing",
            $"No exchange rate from {amount.Currency} to {BaseCurrency} in effect on {closedOn ?? Today:yyyy-MM-dd}.",
            "Currency");

    /// <summary>As <see cref="ToBase"/>, but null instead of an error when no rate applies.</summary>
    public Money? TryToBase(Money amount, DateOnly? closedOn = null)
    {
        var rate = RateFor(amount.Currency, closedOn ?? Today);

        return rate is { } r ? new Money(Convert(amount.MinorUnits, r), BaseCurrency) : null;
    }

    /// <summary>The rate in effect on <paramref name="day"/>: 1 for the base currency, null when none.</summary>
    public decimal? RateFor(string currency, DateOnly day)
    {
        if (currency == BaseCurrency)
        {
            return 1m;
        }

        if (!_rates.TryGetValue(currency, out var points))
        {
            return null;
        }

        var index = Array.FindLastIndex(points, p => p.EffectiveDate <= day);

        return index < 0 ? null : points[index].Rate;
    }

    /// <summary>Minor units times the rate, rounded half away from zero.</summary>
    public static long Convert(long minorUnits, decimal rate)
    {
        var exact = Math.Round(minorUnits * rate, MidpointRounding.AwayFromZero);

        return exact is <= long.MaxValue and >= long.MinValue
            ? (long)exact
            : throw new DomainException("Amount.too-large", "The converted amount is too large.", "Amount");
    }
}
