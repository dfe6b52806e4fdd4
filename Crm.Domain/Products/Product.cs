using Crm.Domain.Common;

namespace Crm.Domain.Products;

/// <summary>
/// Something the company sells, offered on opportunity line items. The code is the product's
/// short unique key (SKU), stored trimmed and upper-case so that "crm-pro" and "CRM-PRO" are one
/// code. Deactivated products stay on the lines that use them but are not offered for new ones.
/// </summary>
public sealed class Product : AggregateRoot
{
    public const int MaxNameLength = 200;
    public const int MaxCodeLength = 40;

    private Product(Guid id)
        : base(id)
    {
        Name = "";
        Code = "";
        Currency = "";
    }

    public string Name { get; private set; }

    public string Code { get; private set; }

    public long ListPriceMinorUnits { get; private set; }

    public string Currency { get; private set; }

    public Money ListPrice => new(ListPriceMinorUnits, Currency);

    public bool IsActive { get; private set; }

    /// <summary>Creates an active product. Throws <see cref="DomainException"/> naming the invalid field.</summary>
    public static Product Create(Guid id, string name, string code, Money listPrice, DateTime at)
    {
        var product = new Product(id) { IsActive = true };
        product.Apply(name, code, listPrice);
        product.Record(new ProductChanged(id, 1, Clock.Utc(at), true));

        return product;
    }

    /// <summary>The stored form of a code: trimmed, upper-case; letters, digits, '-', '_' and '.' only.</summary>
    public static string NormalizeCode(string? code)
    {
        var normalized = Guard.Required(code, nameof(Code), MaxCodeLength).ToUpperInvariant();
        if (!normalized.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
        {
            throw new DomainException(
                "Code.invalid", "A code uses letters, digits, '-', '_' and '.' only.", nameof(Code));
        }

        return normalized;
    }

    public void Update(string name, string code, Money listPrice, DateTime at)
    {
        Apply(name, code, listPrice);
        Record(new ProductChanged(Id, NextVersion, Clock.Utc(at), IsActive));
    }

    public void Deactivate(DateTime at) => SetActive(false, at);

    public void Activate(DateTime at) => SetActive(true, at);

    private void SetActive(bool active, DateTime at)
    {
        if (IsActive == active)
        {
            return;
        }

        IsActive = active;
        Record(new ProductChanged(Id, NextVersion, Clock.Utc(at), active));
    }

    private void Apply(string name, string code, Money listPrice)
    {
        Name = Guard.Required(name, nameof(Name), MaxNameLength);
        Code = NormalizeCode(code);
        if (listPrice.MinorUnits < 0)
        {
            throw new DomainException("ListPrice.negative", "The list price cannot be negative.", nameof(ListPrice));
        }

        ListPriceMinorUnits = listPrice.MinorUnits;
        Currency = listPrice.Currency;
    }
}

public sealed record ProductChanged(Guid AggregateId, int Version, DateTime OccurredAt, bool IsActive)
    : IDomainEvent;
