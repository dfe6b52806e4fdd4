using System.Globalization;

namespace Crm.Domain.Common;

/// <summary>
/// An exact amount in an ISO 4217 currency, held as integer minor units (cents, fen) so
/// every database can sum and sort it.
/// </summary>
public readonly record struct Money
{
    public Money(long minorUnits, string currency)
    {
        if (currency is not { Length: 3 } || !currency.All(char.IsAsciiLetterUpper))
        {
            throw new DomainException("currency.invalid", "Currency must be a three-letter ISO code.", "Currency");
        }

        MinorUnits = minorUnits;
        Currency = currency;
    }

    public long MinorUnits { get; }

    public string Currency { get; }

    public decimal Amount => MinorUnits / 100m;

    /// <summary>Builds money from a decimal amount; more than two decimals is an error, not a rounding.</summary>
    public static Money Of(decimal amount, string currency)
    {
        var minor = amount * 100m;
        if (minor != decimal.Truncate(minor))
        {
            throw new DomainException("amount.precision", "Amounts have at most two decimals.", "Amount");
        }

        return new Money((long)minor, currency);
    }

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Amount:0.00} {Currency}");
}
