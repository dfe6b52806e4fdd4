using Bunit;
using Crm.Web.Currencies;
using static Crm.Web.Tests.Currencies.FakeExchangeRateService;

namespace Crm.Web.Tests.Currencies;

public sealed class ExchangeRatesPageTests : CurrencyTestContext
{
    [Fact]
    public void Render_MonthlyRates_HighlightsTheNewestRateDatedOnOrBeforeToday()
    {
        AddUsdRates();

        var page = RenderPage<ExchangeRatesPage>();

        page.WaitForAssertion(() => Assert.Equal(
            "3/1/2026", page.Find("[data-testid=rate-row][data-current=true] td").TextContent));
    }

    [Fact]
    public void Render_MonthlyRates_SaysWhatOneUnitIsWorthToday()
    {
        AddUsdRates();

        var page = RenderPage<ExchangeRatesPage>();

        page.WaitForAssertion(() => Assert.Equal(
            "1 USD = 7.1835 CNY", page.Find("[data-testid=rate-current]").TextContent.Trim()));
    }

    [Fact]
    public void Render_RateForALaterDay_MarksItScheduled()
    {
        AddUsdRates();

        var page = RenderPage<ExchangeRatesPage>();

        page.WaitForAssertion(
            () => Assert.Contains("Scheduled", page.FindAll("[data-testid=rate-row]")[0].TextContent));
    }

    [Fact]
    public void Render_Always_ExplainsTheConversionRule()
    {
        var page = RenderPage<ExchangeRatesPage>();

        page.WaitForAssertion(() => Assert.Contains(
            "use the rate in effect on their close day", page.Find("[data-testid=conversion-rule]").TextContent));
    }

    [Fact]
    public void Render_NoRates_SaysWhenOneIsNeeded()
    {
        var page = RenderPage<ExchangeRatesPage>();

        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=rates-empty]")));
    }

    [Fact]
    public void AddRate_BaseCurrency_ShowsTheErrorBesideTheCurrencyAndSavesNothing()
    {
        var page = RenderPage<ExchangeRatesPage>();
        page.WaitForElement("[data-testid=rate-add]");
        FillRate(page, "CNY", "1");

        page.Find("[data-testid=rate-save]").Click();

        page.WaitForAssertion(() => Assert.Contains(
            "The base currency needs no exchange rate.", page.Find("[data-testid=rate-add]").TextContent));
        Assert.Empty(Rates.Set);
    }

    [Fact]
    public void AddRate_NewCurrency_SetsItFromTodayAndListsIt()
    {
        var page = RenderPage<ExchangeRatesPage>();
        page.WaitForElement("[data-testid=rate-add]");
        FillRate(page, "gbp", "9.0512");

        page.Find("[data-testid=rate-save]").Click();

        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=currency-rates][data-currency=GBP]")));
        Assert.Equal(("GBP", Today, 9.0512m), Assert.Single(Rates.Set));
    }

    private static void FillRate(IRenderedComponent<ExchangeRatesPage> page, string currency, string rate)
    {
        page.Find("input[data-testid=rate-currency]").Input(currency);
        page.Find("input[data-testid=rate-currency]").Blur();
        page.Find("input[data-testid=rate-value]").Change(rate);
    }

    private void AddUsdRates()
    {
        Rates.Rates.Add(Row("USD", new DateOnly(2026, 4, 1), 7.2m));
        Rates.Rates.Add(Row("USD", new DateOnly(2026, 3, 1), 7.1835m));
        Rates.Rates.Add(Row("USD", new DateOnly(2026, 2, 1), 7.21m));
    }
}
