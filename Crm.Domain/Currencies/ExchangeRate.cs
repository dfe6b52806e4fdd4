using Crm.Domain.Common;

namespace Crm.Domain.Currencies;

/// <summary>
/// How many units of <see cref="BaseCurrency"/> one unit of <see cref="Currency"/> was worth
/// from <see cref="EffectiveDate"/> on, until a rate with a later date takes over. Rates are
/// exact decimals with up to <see cref="MaxDecimals"/> decimals; nothing is stored as a float.
/// </summary>
public sealed class ExchangeRate : AggregateRoot
{
    public const int MaxDecimals = 8;
    public const decimal MaxRate = 1_000_000m;

    private ExchangeRate(Guid id)
        : base(id)
    {
        Currency = "";
        BaseCurrency = "";
    }

    public string Currency { get; private set; }

    /// <summary>The base currency the rate converts into, as it was when the rate was set.</summary>
    public string BaseCurrency { get; private set; }

    public DateOnly EffectiveDate { get; private set; }

    public decimal Rate { get; private set; }

    /// <summary>
    /// Creates a rate. Throws <see cref="DomainException"/> for an invalid code, a currency equal
    /// to the base, a missing date or a rate that is not positive or has too many decimals.
    /// </summary>
    public static ExchangeRate Create(
        Guid id, string currency, string baseCurrency, DateOnly effectiveDate, decimal rate, DateTime at)
    {
        var code = new Money(0, currency).Currency;
        if (code == new Money(0, baseCurrency).Currency)
        {
            throw new DomainException(
                "Currency.is-base", "The base currency needs no exchange rate.", nameof(Currency));
        }

        var exchangeRate = new ExchangeRate(id)
        {
            Currency = code,
            BaseCurrency = baseCurrency,
            EffectiveDate = effectiveDate != default
                ? effectiveDate
                : throw new DomainException("EffectiveDate.required", "Choose the day the rate applies from.",
                    nameof(EffectiveDate)),
            Rate = RequireRate(rate),
        };
        exchangeRate.Record(new ExchangeRateSet(id, 1, Clock.Utc(at), code, effectiveDate));

        return exchangeRate;
    }

    public void ChangeRate(decimal rate, DateTime at)
    {
        Rate = RequireRate(rate);
        Record(new ExchangeRateSet(Id, NextVersion, Clock.Utc(at), Currency, EffectiveDate));
    }

    /// <summary>Removes a rate set by mistake; conversions no longer see it.</summary>
    public void Delete(DateTime at)
    {
        MarkDeleted(at);
        Record(new ExchangeRateSet(Id, NextVersion, Clock.Utc(at), Currency, EffectiveDate));
    }

    /// <summary>Brings a removed rate for the same day back with a new value.</summary>
    public void Restore(decimal rate, DateTime at)
    {
        MarkRestored();
        ChangeRate(rate, at);
    }

    private static decimal RequireRate(decimal rate) =>
        rate > 0 && rate <= MaxRate && decimal.Round(rate, MaxDecimals) == rate
            ? rate
            : throw new DomainException(
                "Rate.range", $"A rate is above 0, at most {MaxRate:N0}, with up to {MaxDecimals} decimals.",
                nameof(Rate));
}

public sealed record ExchangeRateSet(
    Guid AggregateId, int Version, DateTime OccurredAt, string Currency, DateOnly EffectiveDate) : IDomainEvent;
