using Bunit;
using Crm.Web.Products;
using Crm.Web.Tests.Currencies;
using static Crm.Web.Tests.Products.FakeProductService;

namespace Crm.Web.Tests.Products;

public sealed class ProductsPageTests : CurrencyTestContext
{
    [Fact]
    public void Render_Products_ShowsListPricesWithTheirCurrencySign()
    {
        Products.Products.Add(Row("CRM 企业版（每用户/年）", "CRM-ENT", 2_400m));
        Products.Products.Add(Row("Global Premier Support", "SUP-GLOBAL", 18_000m, "USD"));

        var page = RenderPage<ProductsPage>();

        page.WaitForAssertion(() => Assert.Equal(
            ["¥2,400.00", "US$18,000.00"], page.FindAll("[data-testid=product-price]").Select(e => e.TextContent)));
    }

    [Fact]
    public void Search_Text_AsksTheServiceForMatchingProducts()
    {
        var page = RenderPage<ProductsPage>();
        page.WaitForElement("[data-testid=products-empty]");

        page.Find("input[data-testid=products-search]").Input("CRM");

        page.WaitForAssertion(() => Assert.Equal("CRM", Products.Queries[^1].Text));
    }

    [Fact]
    public void Render_NoProducts_OffersToAddTheFirst()
    {
        var page = RenderPage<ProductsPage>();

        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=products-empty-create]")));
    }

    [Fact]
    public void Switch_ActiveProduct_DeactivatesItOnTheLoadedVersion()
    {
        var product = Row("移动销售助手", "MOB-SALES", 480m);
        Products.Products.Add(product);
        var page = RenderPage<ProductsPage>();

        page.WaitForElement("input[data-testid=product-active]").Change(false);

        page.WaitForAssertion(() => Assert.Equal((product.Id, 3, false), Assert.Single(Products.Toggles)));
    }
}
