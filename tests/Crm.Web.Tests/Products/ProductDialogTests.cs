using Bunit;
using Crm.Domain.Common;
using Crm.Infrastructure.Products;
using Crm.Web.Products;
using Crm.Web.Tests.Currencies;
using MudBlazor;

namespace Crm.Web.Tests.Products;

public sealed class ProductDialogTests : CurrencyTestContext
{
    [Fact]
    public void Save_EmptyForm_ShowsEveryMissingFieldAtOnceAndSavesNothing()
    {
        var dialog = OpenNew();

        dialog.Find("[data-testid=product-save]").Click();

        var text = dialog.Find("[data-testid=product-dialog]").TextContent;
        Assert.True(text.Contains("Enter the product's name.") && text.Contains("Enter a code.")
            && text.Contains("Enter the list price."));
        Assert.Empty(Products.Created);
    }

    [Fact]
    public void Save_CodeWithSpacesAndPriceWithThreeDecimals_ShowsBothBesideTheirFields()
    {
        var dialog = OpenNew();
        Fill(dialog, "数据迁移服务", "DATA MIG", "40000.125");

        dialog.Find("[data-testid=product-save]").Click();

        var text = dialog.Find("[data-testid=product-dialog]").TextContent;
        Assert.True(
            text.Contains("Use letters, digits, - _ and . only.") && text.Contains("Use at most two decimals."));
    }

    [Fact]
    public void Save_CodeTakenByAnotherProduct_ShowsTheServicesMessageBesideTheCode()
    {
        Products.FailNextSave = new DomainException("Code.taken", "taken", "Code");
        var dialog = OpenNew();
        Fill(dialog, "数据迁移服务", "DATA-MIG", "40000");

        dialog.Find("[data-testid=product-save]").Click();

        dialog.WaitForAssertion(() => Assert.Contains(
            "Another product already has this code.", dialog.Find("[data-testid=product-dialog]").TextContent));
    }

    [Fact]
    public void Save_ValidProduct_CreatesItInTheBaseCurrency()
    {
        var dialog = OpenNew();
        Fill(dialog, "数据迁移服务", "data-mig", "40000");

        dialog.Find("[data-testid=product-save]").Click();

        dialog.WaitForAssertion(() => Assert.Equal(
            new ProductInput("数据迁移服务", "data-mig", 40_000m, "CNY"), Assert.Single(Products.Created)));
    }

    private static void Fill(IRenderedComponent<MudDialogProvider> dialog, string name, string code, string price)
    {
        dialog.Find("input[data-testid=product-name-input]").Input(name);
        dialog.Find("input[data-testid=product-code-input]").Input(code);
        dialog.Find("input[data-testid=product-price-input]").Change(price);
    }

    private IRenderedComponent<MudDialogProvider> OpenNew()
    {
        var page = RenderPage<ProductsPage>();
        page.Find("[data-testid=product-new]").Click();
        Dialogs.WaitForElement("[data-testid=product-dialog]");

        return Dialogs;
    }
}
