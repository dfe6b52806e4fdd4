using Crm.Domain.Common;
using Crm.Infrastructure.Common;

namespace Crm.Infrastructure.Products;

/// <summary>
/// The product catalogue offered on line items. Everyone signed in reads it; admins and sales
/// managers add and change products (<see cref="ForbiddenException"/> otherwise). Products are
/// never deleted, only deactivated, so the lines that used them keep pointing at them.
/// </summary>
public interface IProductService
{
    /// <summary>
    /// Products whose name or code contains the text, by name then code; active ones only unless
    /// asked. Page size is clamped to 1..200; filtering and paging run in the database.
    /// </summary>
    Task<Page<ProductRow>> SearchAsync(ProductQuery query, CancellationToken cancellationToken = default);

    /// <summary>Throws <see cref="NotFoundException"/> for an unknown id.</summary>
    Task<ProductRow> GetAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>
    /// Adds an active product. Throws <see cref="DomainException"/> naming the field: a missing
    /// name, an invalid code, a code already used ("Code.taken", ignoring case), a bad price.
    /// </summary>
    Task<ProductRow> CreateAsync(ProductInput input, CancellationToken cancellationToken = default);

    /// <summary>
    /// Saves an edit made on version <paramref name="expectedVersion"/>; lines already on
    /// opportunities keep their own prices. <see cref="ConcurrencyConflictException"/> when stale.
    /// </summary>
    Task<ProductRow> UpdateAsync(
        Guid id, int expectedVersion, ProductInput input, CancellationToken cancellationToken = default);

    /// <summary>Stops offering the product for new lines; <see cref="ActivateAsync"/> offers it again.</summary>
    Task<ProductRow> DeactivateAsync(Guid id, int expectedVersion, CancellationToken cancellationToken = default);

    Task<ProductRow> ActivateAsync(Guid id, int expectedVersion, CancellationToken cancellationToken = default);
}
