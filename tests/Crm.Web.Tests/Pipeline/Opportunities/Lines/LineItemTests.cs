using AngleSharp.Dom;
using Bunit;
using Crm.Domain.Common;
using Crm.Infrastructure.Products;
using Crm.Web.Pipeline.Opportunities.Lines;

namespace Crm.Web.Tests.Pipeline.Opportunities.Lines;

public sealed class LineItemTests : OpportunityTestContext
{
    [Fact]
    public void Pick_ProductInTheOpportunitysCurrency_TakesItsNameAndListPrice()
    {
        var form = new LineForm();

        form.Pick(new ProductRow(Guid.CreateVersion7(), 1, "MES 软件许可", "MES-LIC", 6_000m, "CNY", true), "CNY");

        Assert.Equal(("MES 软件许可", 6_000m), (form.Description, form.UnitPrice));
    }

    [Fact]
    public void Pick_ProductInAnotherCurrency_LeavesThePriceToType()
    {
        var form = new LineForm { UnitPrice = null };

        form.Pick(new ProductRow(Guid.CreateVersion7(), 1, "Cloud seat", "CLD", 99m, "USD", true), "CNY");

        Assert.Null(form.UnitPrice);
    }

    [Fact]
    public void Total_ThreeAtTenPercentOff_IsRoundedOnceLikeTheServer()
    {
        var form = new LineForm { Quantity = 3, UnitPrice = 33.33m, Discount = 10 };

        Assert.Equal(new Money(8_999, "CNY"), form.Total("CNY"));
    }

    [Fact]
    public void Save_TypedLine_AddsItOnTheLoadedVersion()
    {
        var view = Given(OpportunitySamples.View(version: 5));
        var page = RenderPage(view.Id);
        page.Find("[data-testid=line-add]").Click();
        Input("line-description").Input("现场培训");
        Input("line-quantity").Input("2");
        Input("line-unit-price").Input("800");

        Dialogs.Find("[data-testid=line-save]").Click();

        Dialogs.WaitForAssertion(() => Assert.Single(Opportunities.AddedLines));
        var added = Opportunities.AddedLines[0];
        var line = added.Line;
        Assert.Equal((5, "现场培训", 2m, 800m), (added.Version, line.Description, line.Quantity, line.UnitPrice));
    }

    [Fact]
    public void Save_NoProductAndNoDescription_AsksForOneAndSavesNothing()
    {
        var view = Given(OpportunitySamples.View());
        var page = RenderPage(view.Id);
        page.Find("[data-testid=line-add]").Click();

        Dialogs.WaitForElement("[data-testid=line-save]").Click();

        Dialogs.WaitForAssertion(() => Assert.Contains(
            "Pick a product or describe the item.", Dialogs.Find("[data-testid=field-Description]").TextContent));
        Assert.Empty(Opportunities.AddedLines);
    }

    private IElement Input(string testId) => Dialogs.WaitForElement($"input[data-testid={testId}]");
}
