using Crm.Domain.Common;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Products;

namespace Crm.Web.Tests.Products;

/// <summary>A catalogue in memory; records the queries and saves the page makes.</summary>
public sealed class FakeProductService : IProductService
{
    public List<ProductRow> Products { get; } = [];

    public List<ProductQuery> Queries { get; } = [];

    public List<ProductInput> Created { get; } = [];

    public List<(Guid Id, int Version, ProductInput Input)> Updated { get; } = [];

    public List<(Guid Id, int Version, bool Active)> Toggles { get; } = [];

    public Exception? FailNextSave { get; set; }

    public static ProductRow Row(
        string name, string code, decimal price, string currency = "CNY", bool active = true) =>
        new(Guid.NewGuid(), 3, name, code, price, currency, active);

    public Task<Page<ProductRow>> SearchAsync(ProductQuery query, CancellationToken cancellationToken = default)
    {
        Queries.Add(query);
        var matches = Products
            .Where(p => query.IncludeInactive || p.IsActive)
            .Where(p => string.IsNullOrWhiteSpace(query.Text)
                || p.Name.Contains(query.Text) || p.Code.Contains(query.Text))
            .ToList();

        return Task.FromResult(new Page<ProductRow>(matches, matches.Count));
    }

    public Task<ProductRow> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        Task.FromResult(Products.Single(p => p.Id == id));

    public Task<ProductRow> CreateAsync(ProductInput input, CancellationToken cancellationToken = default)
    {
        ThrowIfFailing();
        Created.Add(input);

        return Task.FromResult(Row(input.Name, input.Code, input.ListPrice, input.Currency));
    }

    public Task<ProductRow> UpdateAsync(
        Guid id, int expectedVersion, ProductInput input, CancellationToken cancellationToken = default)
    {
        ThrowIfFailing();
        Updated.Add((id, expectedVersion, input));

        return Task.FromResult(Row(input.Name, input.Code, input.ListPrice, input.Currency));
    }

    public Task<ProductRow> DeactivateAsync(
        Guid id, int expectedVersion, CancellationToken cancellationToken = default) =>
        Toggle(id, expectedVersion, false);

    public Task<ProductRow> ActivateAsync(
        Guid id, int expectedVersion, CancellationToken cancellationToken = default) =>
        Toggle(id, expectedVersion, true);

    private Task<ProductRow> Toggle(Guid id, int version, bool active)
    {
        Toggles.Add((id, version, active));
        var index = Products.FindIndex(p => p.Id == id);
        Products[index] = Products[index] with { IsActive = active, Version = version + 1 };

        return Task.FromResult(Products[index]);
    }

    private void ThrowIfFailing()
    {
        if (FailNextSave is { } failure)
        {
            FailNextSave = null;
            throw failure;
        }
    }
}
