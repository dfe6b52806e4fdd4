using Crm.Domain.Common;
using Crm.Domain.Pipeline;
using Crm.Infrastructure.Pipeline;
using Crm.Infrastructure.Products;

namespace Crm.Web.Pipeline.Opportunities.Lines;

/// <summary>What the line item dialog edits; prices are in the opportunity's currency.</summary>
public sealed class LineForm
{
    public static readonly IReadOnlyList<string> Fields =
        ["Product", "Description", "Quantity", "UnitPrice", "Discount"];

    public ProductRow? Product { get; set; }

    public string? Description { get; set; }

    public decimal? Quantity { get; set; } = 1;

    public decimal? UnitPrice { get; set; }

    public decimal? Discount { get; set; }

    public static LineForm From(LineView line, ProductRow? product) => new()
    {
        Product = product,
        Description = line.Description,
        Quantity = line.Quantity,
        UnitPrice = line.UnitPrice.Amount,
        Discount = line.DiscountPercent == 0 ? null : line.DiscountPercent,
    };

    /// <summary>
    /// Takes a product just picked: its name as the description unless one was typed, and its
    /// list price when it is in the opportunity's currency.
    /// </summary>
    public void Pick(ProductRow? product, string currency)
    {
        var previous = Product;
        Product = product;
        if (product is null)
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(Description) || Description == previous?.Name)
        {
            Description = product.Name;
        }

        if (product.Currency == currency)
        {
            UnitPrice = product.ListPrice;
        }
    }

    public LineInput ToInput() => new(Product?.Id, Description, Quantity ?? 0, UnitPrice ?? 0, Discount ?? 0);

    /// <summary>The line total as it will be saved, or null while the numbers cannot make one.</summary>
    public Money? Total(string currency)
    {
        if (Quantity is not > 0 || UnitPrice is not >= 0 || Discount is < 0 or > 100)
        {
            return null;
        }

        try
        {
            var price = Money.Of(UnitPrice.Value, currency);

            return new Money(OpportunityLine.TotalOf(Quantity.Value, price.MinorUnits, Discount ?? 0), currency);
        }
        catch (DomainException)
        {
            return null;
        }
    }

    /// <summary>What the browser can tell before saving: (field, error code) pairs.</summary>
    public IEnumerable<(string Field, string Code)> Problems()
    {
        if (Product is null && string.IsNullOrWhiteSpace(Description))
        {
            yield return ("Description", "Description.required");
        }

        if (Quantity is not > 0)
        {
            yield return ("Quantity", "Quantity.range");
        }

        if (UnitPrice is not >= 0)
        {
            yield return ("UnitPrice", "UnitPrice.range");
        }

        if (Discount is < 0 or > 100)
        {
            yield return ("Discount", "Discount.range");
        }
    }
}
