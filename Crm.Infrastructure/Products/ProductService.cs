using Crm.Domain.Common;
using Crm.Domain.Products;
using Crm.Domain.Teams;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Crm.Infrastructure.Products;

internal sealed class ProductService(
    IDbContextFactory<CrmDbContext> contexts, ICurrentUser currentUser, TimeProvider clock,
    ILogger<ProductService> logger)
    : IProductService
{
    private const string RecordType = "Product";

    public async Task<Page<ProductRow>> SearchAsync(ProductQuery query, CancellationToken cancellationToken = default)
    {
        await currentUser.GetAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        var products = db.Products.AsNoTracking();
        if (!query.IncludeInactive)
        {
            products = products.Where(p => p.IsActive);
        }

        if (!string.IsNullOrWhiteSpace(query.Text))
        {
            var text = query.Text.Trim();
            var code = text.ToUpperInvariant();
            products = products.Where(p => p.Name.Contains(text) || p.Code.Contains(code));
        }

        var pageSize = Math.Clamp(query.PageSize, 1, 200);
        var total = await products.CountAsync(cancellationToken);
        var page = await products.OrderBy(p => p.Name).ThenBy(p => p.Code)
            .Skip(Math.Max(query.Page, 0) * pageSize).Take(pageSize)
            .ToListAsync(cancellationToken);

        return new Page<ProductRow>([.. page.Select(RowOf)], total);
    }

    public async Task<ProductRow> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await currentUser.GetAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var product = await db.Products.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken)
            ?? throw new NotFoundException(RecordType, id);

        return RowOf(product);
    }

    public async Task<ProductRow> CreateAsync(ProductInput input, CancellationToken cancellationToken = default)
    {
        var actor = await EnsureCatalogueEditorAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        var product = Product.Create(Guid.CreateVersion7(), input.Name, input.Code, PriceOf(input), Now);
        await EnsureCodeFreeAsync(db, product, cancellationToken);
        db.Products.Add(product);
        await db.SaveChangesAsync(cancellationToken);
        ProductsLog.Created(logger, product.Id, actor.UserId);

        return RowOf(product);
    }

    public Task<ProductRow> UpdateAsync(
        Guid id, int expectedVersion, ProductInput input, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, expectedVersion, async (db, product) =>
        {
            product.Update(input.Name, input.Code, PriceOf(input), Now);
            await EnsureCodeFreeAsync(db, product, cancellationToken);
        }, cancellationToken);

    public Task<ProductRow> DeactivateAsync(
        Guid id, int expectedVersion, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, expectedVersion, (_, product) =>
        {
            product.Deactivate(Now);
            return Task.CompletedTask;
        }, cancellationToken);

    public Task<ProductRow> ActivateAsync(
        Guid id, int expectedVersion, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, expectedVersion, (_, product) =>
        {
            product.Activate(Now);
            return Task.CompletedTask;
        }, cancellationToken);

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private async Task<ProductRow> ChangeAsync(
        Guid id, int expectedVersion, Func<CrmDbContext, Product, Task> change, CancellationToken cancellationToken)
    {
        var actor = await EnsureCatalogueEditorAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var product = await db.Products.SingleOrDefaultAsync(p => p.Id == id, cancellationToken)
            ?? throw new NotFoundException(RecordType, id);
        db.ExpectVersion(product, expectedVersion);

        await change(db, product);
        await db.SaveCheckedAsync(RecordType, id, cancellationToken);
        ProductsLog.Changed(logger, id, actor.UserId, product.IsActive);

        return RowOf(product);
    }

    private static async Task EnsureCodeFreeAsync(CrmDbContext db, Product product, CancellationToken cancellationToken)
    {
        if (await db.Products.IgnoreQueryFilters()
                .AnyAsync(p => p.Code == product.Code && p.Id != product.Id, cancellationToken))
        {
            throw new DomainException("Code.taken", $"Another product already has the code {product.Code}.", "Code");
        }
    }

    private async Task<Actor> EnsureCatalogueEditorAsync(CancellationToken cancellationToken)
    {
        var actor = await currentUser.GetAsync(cancellationToken);
        if (!actor.IsInAnyRole(Roles.Admin, Roles.SalesManager))
        {
            ProductsLog.Refused(logger, actor.UserId);
            throw new ForbiddenException("Only admins and sales managers change the product catalogue.");
        }

        return actor;
    }

    private static Money PriceOf(ProductInput input) => MoneyInput.Of(input.ListPrice, input.Currency, "ListPrice");

    private static ProductRow RowOf(Product p) =>
        new(p.Id, p.Version, p.Name, p.Code, p.ListPrice.Amount, p.Currency, p.IsActive);
}
