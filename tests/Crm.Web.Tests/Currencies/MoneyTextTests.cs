using System.Globalization;
using Crm.Domain.Common;
using Crm.Web.Currencies;

namespace Crm.Web.Tests.Currencies;

public sealed class MoneyTextTests
{
    [Theory]
    [InlineData(12345.67, "CNY", "zh-CN", "¥12,345.67")]
    [InlineData(1200, "USD", "en-US", "US$1,200.00")]
    [InlineData(80, "CHF", "en-US", "CHF 80.00")]
    [InlineData(-5.5, "EUR", "en-US", "-€5.50")]
    public void Format_AmountAndCurrency_UsesTheSignAndTheCulturesDigits(
        decimal amount, string currency, string culture, string expected)
    {
        var text = MoneyText.Format(amount, currency, CultureInfo.GetCultureInfo(culture));

        Assert.Equal(expected, text);
    }

    [Theory]
    [InlineData(7.18, "7.18")]
    [InlineData(0.04851234, "0.04851234")]
    [InlineData(1234.5, "1,234.5")]
    public void Rate_AnyRate_ShowsAllItsDecimalsAndNoMore(decimal rate, string expected)
    {
        var text = MoneyText.Rate(rate, CultureInfo.GetCultureInfo("en-US"));

        Assert.Equal(expected, text);
    }

    [Theory]
    [InlineData("zh-CN", 125_000_00, "¥12.5万")]
    [InlineData("zh-CN", 3_2000_0000_00, "¥3.2亿")]
    [InlineData("en-US", 125_000_00, "¥125K")]
    [InlineData("en-US", 8_40, "¥8")]
    public void Compact_Amount_UsesTheReadersUnits(string culture, long minorUnits, string expected)
    {
        Assert.Equal(expected, MoneyText.Compact(new Money(minorUnits, "CNY"), new CultureInfo(culture)));
    }

    [Fact]
    public void Whole_CentsOnlyWhenThereAreSome()
    {
        var culture = new CultureInfo("en-US");

        var (whole, cents) = (new Money(1_200_00, "USD"), new Money(1_200_50, "USD"));

        Assert.Equal(("US$1,200", "US$1,200.50"), (MoneyText.Whole(whole, culture), MoneyText.Whole(cents, culture)));
    }
}
