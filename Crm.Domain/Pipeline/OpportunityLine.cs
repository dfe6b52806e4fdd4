using Crm.Domain.Common;

namespace Crm.Domain.Pipeline;

/// <summary>What a line item should say: the product (optional), quantity, unit price and discount.</summary>
public sealed record LineDraft(
    Guid? ProductId, string Description, decimal Quantity, Money UnitPrice, decimal DiscountPercent = 0);

/// <summary>
/// One product or service on an opportunity. Its price is in the opportunity's currency, and
/// its total is exact in minor units; see <see cref="TotalOf"/> for the rounding.
/// </summary>
public sealed class OpportunityLine
{
    public const int MaxDescriptionLength = 300;
    public const decimal MaxQuantity = 1_000_000m;
    public const long MaxUnitPriceMinorUnits = 10_000_000_000_000;

    private OpportunityLine()
    {
        Description = "";
        Currency = "";
    }

    internal OpportunityLine(Guid id, Guid opportunityId, int sortOrder)
        : this()
    {
        Id = Guard.NotEmpty(id, "Line");
        OpportunityId = opportunityId;
        SortOrder = sortOrder;
    }

    public Guid Id { get; private set; }

    public Guid OpportunityId { get; private set; }

    public Guid? ProductId { get; private set; }

    public string Description { get; private set; }

    /// <summary>Greater than 0, at most <see cref="MaxQuantity"/>, at most four decimals.</summary>
    public decimal Quantity { get; private set; }

    public long UnitPriceMinorUnits { get; private set; }

    public string Currency { get; private set; }

    /// <summary>0 to 100, at most two decimals.</summary>
    public decimal DiscountPercent { get; private set; }

    /// <summary>The line total in minor units, as <see cref="TotalOf"/> computes it.</summary>
    public long TotalMinorUnits { get; private set; }

    /// <summary>Position on the opportunity: lines keep the order they were added in.</summary>
    public int SortOrder { get; private set; }

    public Money UnitPrice => new(UnitPriceMinorUnits, Currency);

    public Money Total => new(TotalMinorUnits, Currency);

    /// <summary>
    /// quantity × unit price × (1 − discount / 100), computed exactly and rounded once to the
    /// minor unit, half away from zero (四舍五入): 3 × ¥33.33 at 10% off is ¥89.991, so ¥89.99.
    /// Throws <see cref="DomainException"/> when the total does not fit.
    /// </summary>
    public static long TotalOf(decimal quantity, long unitPriceMinorUnits, decimal discountPercent)
    {
        var exact = quantity * unitPriceMinorUnits * (100m - discountPercent) / 100m;
        var rounded = Math.Round(exact, MidpointRounding.AwayFromZero);

        return rounded <= long.MaxValue
            ? (long)rounded
            : throw new DomainException("Amount.too-large", "The line total is too large.", "Quantity");
    }

    internal void Apply(LineDraft draft, string currency)
    {
        if (draft.UnitPrice.Currency != currency)
        {
            throw new DomainException(
                "UnitPrice.currency", $"Line prices must be in the opportunity's currency ({currency}).", "UnitPrice");
        }

        ProductId = draft.ProductId;
        Description = Guard.Required(draft.Description, nameof(Description), MaxDescriptionLength);
        Quantity = RequireQuantity(draft.Quantity);
        UnitPriceMinorUnits = RequireUnitPrice(draft.UnitPrice.MinorUnits);
        Currency = currency;
        DiscountPercent = RequireDiscount(draft.DiscountPercent);
        TotalMinorUnits = TotalOf(Quantity, UnitPriceMinorUnits, DiscountPercent);
    }

    private static decimal RequireQuantity(decimal quantity) =>
        quantity > 0 && quantity <= MaxQuantity && decimal.Round(quantity, 4) == quantity
            ? quantity
            : throw new DomainException(
                "Quantity.range", $"Quantity is above 0, at most {MaxQuantity:N0}, with up to 4 decimals.", "Quantity");

    private static long RequireUnitPrice(long minorUnits) =>
        minorUnits is >= 0 and <= MaxUnitPriceMinorUnits
            ? minorUnits
            : throw new DomainException("UnitPrice.range", "The unit price is out of range.", "UnitPrice");

    private static decimal RequireDiscount(decimal percent) =>
        percent is >= 0 and <= 100 && decimal.Round(percent, 2) == percent
            ? percent
            : throw new DomainException(
                "Discount.range", "Discount is a percentage from 0 to 100 with up to 2 decimals.", "Discount");
}
