using Crm.Domain.Common;
using Crm.Domain.Currencies;

namespace Crm.Domain.Tests.Currencies;

public sealed class CurrencyConverterTests
{
    private static readonly DateOnly Today = new(2026, 3, 2);

    // USD: 7.10 from January, 7.20 from February, 7.30 from next week (entered in advance).
    private static readonly CurrencyConverter Converter = new("CNY", Today,
    [
        new RatePoint("USD", new DateOnly(2026, 2, 1), 7.2m),
        new RatePoint("USD", new DateOnly(2026, 1, 1), 7.1m),
        new RatePoint("USD", new DateOnly(2026, 3, 9), 7.3m),
        new RatePoint("EUR", new DateOnly(2026, 1, 1), 7.85432109m),
    ]);

    [Fact]
    public void ToBase_OpenAmount_UsesTheLatestRateInEffectToday()
    {
        var converted = Converter.ToBase(new Money(100_00, "USD"));

        Assert.Equal(new Money(720_00, "CNY"), converted);
    }

    [Fact]
    public void ToBase_ClosedAmount_UsesTheRateInEffectOnTheCloseDay()
    {
        var converted = Converter.ToBase(new Money(100_00, "USD"), closedOn: new DateOnly(2026, 1, 31));

        Assert.Equal(new Money(710_00, "CNY"), converted);
    }

    [Fact]
    public void ToBase_ClosedOnTheDayARateStarts_UsesThatRate()
    {
        var converted = Converter.ToBase(new Money(100_00, "USD"), closedOn: new DateOnly(2026, 2, 1));

        Assert.Equal(new Money(720_00, "CNY"), converted);
    }

    [Fact]
    public void ToBase_BaseCurrency_IsUnchanged()
    {
        Assert.Equal(new Money(123_45, "CNY"), Converter.ToBase(new Money(123_45, "CNY")));
    }

    [Fact]
    public void ToBase_FractionOfAFen_RoundsHalfAwayFromZero()
    {
        var converted = Converter.ToBase(new Money(1, "EUR"));

        Assert.Equal(8, converted.MinorUnits);
    }

    [Fact]
    public void ToBase_CurrencyWithoutRates_ThrowsNamingTheCurrency()
    {
        var error = Assert.Throws<DomainException>(() => Converter.ToBase(new Money(100, "JPY")));

        Assert.Equal("ExchangeRate.missing", error.Code);
        Assert.Contains("JPY", error.Message);
    }

    [Fact]
    public void ToBase_ClosedBeforeTheFirstRate_ThrowsInsteadOfGuessing()
    {
        var error = Assert.Throws<DomainException>(
            () => Converter.ToBase(new Money(100, "USD"), closedOn: new DateOnly(2025, 12, 31)));

        Assert.Contains("2025-12-31", error.Message);
    }

    [Fact]
    public void TryToBase_CurrencyWithoutRates_IsNull()
    {
        Assert.Null(Converter.TryToBase(new Money(100, "JPY")));
    }
}
