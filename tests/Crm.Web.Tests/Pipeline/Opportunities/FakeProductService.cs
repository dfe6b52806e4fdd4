using Crm.Infrastructure.Common;
using Crm.Infrastructure.Products;

namespace Crm.Web.Tests.Pipeline.Opportunities;

/// <summary>A small catalogue for the line item picker.</summary>
public sealed class FakeProductService : IProductService
{
    public List<ProductRow> Products { get; } =
    [
        new(Guid.CreateVersion7(), 1, "MES 软件许可", "MES-LIC", 6_000m, "CNY", true),
        new(Guid.CreateVersion7(), 1, "实施服务（人天）", "SVC-DAY", 3_500m, "CNY", true),
    ];

    public Task<Page<ProductRow>> SearchAsync(ProductQuery query, CancellationToken cancellationToken = default) =>
        Task.FromResult(new Page<ProductRow>(
            [.. Products.Where(p => p.Name.Contains(query.Text ?? "", StringComparison.OrdinalIgnoreCase))],
            Products.Count));

    public Task<ProductRow> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        Task.FromResult(Products.SingleOrDefault(p => p.Id == id) ?? throw new NotFoundException("Product", id));

    public Task<ProductRow> CreateAsync(ProductInput input, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<ProductRow> UpdateAsync(
        Guid id, int expectedVersion, ProductInput input, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<ProductRow> DeactivateAsync(
        Guid id, int expectedVersion, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<ProductRow> ActivateAsync(
        Guid id, int expectedVersion, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();
}
