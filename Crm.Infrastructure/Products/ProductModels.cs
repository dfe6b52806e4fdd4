namespace Crm.Infrastructure.Products;

/// <summary>Which products a picker or the catalogue shows; <see cref="Page"/> starts at 0.</summary>
public sealed record ProductQuery(string? Text = null, bool IncludeInactive = false, int Page = 0, int PageSize = 50);

public sealed record ProductRow(
    Guid Id, int Version, string Name, string Code, decimal ListPrice, string Currency, bool IsActive);

/// <summary>What the product form submits; the list price is an amount with at most two decimals.</summary>
public sealed record ProductInput(string Name, string Code, decimal ListPrice, string Currency);
