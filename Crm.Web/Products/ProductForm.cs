using Crm.Domain.Products;
using Crm.Infrastructure.Products;

namespace Crm.Web.Products;

/// <summary>What the product dialog edits, and the mistakes it can point out before saving.</summary>
public sealed class ProductForm
{
    public static readonly IReadOnlyCollection<string> Fields = ["Name", "Code", "ListPrice", "Currency"];

    public string Name { get; set; } = "";

    public string Code { get; set; } = "";

    public decimal? ListPrice { get; set; }

    public string Currency { get; set; } = "";

    public static ProductForm For(ProductRow? product, string defaultCurrency) => product is null
        ? new ProductForm { Currency = defaultCurrency }
        : new ProductForm
        {
            Name = product.Name, Code = product.Code, ListPrice = product.ListPrice, Currency = product.Currency,
        };

    public ProductInput ToInput() => new(Name, Code, ListPrice ?? 0, Currency);

    /// <summary>Every mistake the form can see, as (field, error code) pairs in the service's terms.</summary>
    public IEnumerable<(string Field, string Code)> Check()
    {
        if (string.IsNullOrWhiteSpace(Name))
        {
            yield return ("Name", "Name.required");
        }

        if (CodeProblem() is { } code)
        {
            yield return ("Code", code);
        }

        if (PriceProblem() is { } price)
        {
            yield return ("ListPrice", price);
        }

        if (string.IsNullOrWhiteSpace(Currency))
        {
            yield return ("Currency", "Currency.required");
        }
    }

    private string? CodeProblem()
    {
        var code = Code.Trim();
        if (code.Length == 0)
        {
            return "Code.required";
        }

        if (code.Length > Product.MaxCodeLength)
        {
            return "Code.too-long";
        }

        return code.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.') ? null : "Code.invalid";
    }

    private string? PriceProblem() => ListPrice switch
    {
        null => "ListPrice.required",
        < 0 => "ListPrice.negative",
        { } price when decimal.Round(price, 2) != price => "ListPrice.precision",
        _ => null,
    };
}
