using Crm.Domain.Common;
using Crm.Domain.Customers;
using Crm.Infrastructure.Common;

namespace Crm.Infrastructure.Customers;

/// <summary>
/// Contacts as the signed-in user may see and change them. Visibility follows the contact's
/// account: a contact of an account outside the user's scope is reported as not found.
/// Sales roles edit contacts within their scope, service roles on every account, marketing
/// only reads (<see cref="ForbiddenException"/> on any change).
/// </summary>
public interface IContactService
{
    /// <summary>
    /// One page of visible contacts of visible accounts, filtered by text (name, phone, mobile,
    /// email; case-insensitive for Latin letters) and optionally one account. Ordered by the chosen
    /// column, then pinyin name and id, so pages never overlap. Page size is clamped to 1..200.
    /// </summary>
    Task<Page<ContactRow>> SearchAsync(ContactQuery query, CancellationToken cancellationToken = default);

    /// <summary>
    /// Every contact of the account, the primary one first, then in pinyin order. Throws
    /// <see cref="NotFoundException"/> when the account is missing, deleted or invisible.
    /// </summary>
    Task<IReadOnlyList<ContactRow>> ListByAccountAsync(Guid accountId, CancellationToken cancellationToken = default);

    /// <summary>Throws <see cref="NotFoundException"/> for a missing, deleted or invisible contact.</summary>
    Task<ContactView> GetAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>
    /// Adds a contact to a visible account and returns its id; the account's first contact
    /// becomes its primary contact. Throws <see cref="DomainException"/> naming the invalid field
    /// (nothing is saved then), <see cref="NotFoundException"/> for an invisible account.
    /// </summary>
    Task<Guid> CreateAsync(Guid accountId, ContactDetails details, CancellationToken cancellationToken = default);

    /// <summary>
    /// Saves an edit made on version <paramref name="expectedVersion"/>. Throws
    /// <see cref="ConcurrencyConflictException"/> when someone saved in between (nothing is written),
    /// <see cref="DomainException"/> for an invalid field.
    /// </summary>
    Task UpdateAsync(
        Guid id, int expectedVersion, ContactDetails details, CancellationToken cancellationToken = default);

    /// <summary>Soft-deletes the contact; <see cref="RestoreAsync"/> brings it back.</summary>
    Task DeleteAsync(Guid id, int expectedVersion, CancellationToken cancellationToken = default);

    /// <summary>Restores a deleted contact; <see cref="NotFoundException"/> when there is none to restore.</summary>
    Task RestoreAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>Makes this contact the account's one primary contact; the others lose the mark.</summary>
    Task MarkPrimaryAsync(Guid id, CancellationToken cancellationToken = default);
}
