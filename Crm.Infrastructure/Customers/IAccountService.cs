using Crm.Infrastructure.Common;

namespace Crm.Infrastructure.Customers;

/// <summary>
/// Accounts as the signed-in user may see and change them. Every method applies customer
/// visibility: an account outside the user's scope is reported as not found.
/// </summary>
public interface IAccountService
{
    /// <summary>One page of visible accounts; filtering, sorting and paging run in the database.</summary>
    Task<Page<AccountRow>> SearchAsync(AccountQuery query, CancellationToken cancellationToken = default);

    /// <summary>Throws <see cref="NotFoundException"/> for a missing, deleted or invisible account.</summary>
    Task<AccountDetails> GetAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>
    /// Creates an account owned by the input's owner (or the caller). Throws
    /// <see cref="Domain.Common.DomainException"/> naming the invalid field; nothing is saved then.
    /// </summary>
    Task<Guid> CreateAsync(AccountInput input, CancellationToken cancellationToken = default);

    /// <summary>
    /// Saves an edit made on version <paramref name="expectedVersion"/>. Throws
    /// <see cref="ConcurrencyConflictException"/> when someone saved in between,
    /// <see cref="ForbiddenException"/> when the caller may only read the account.
    /// </summary>
    Task UpdateAsync(Guid id, int expectedVersion, AccountInput input, CancellationToken cancellationToken = default);

    /// <summary>Soft-deletes the account; <see cref="RestoreAsync"/> brings it back.</summary>
    Task DeleteAsync(Guid id, int expectedVersion, CancellationToken cancellationToken = default);

    Task RestoreAsync(Guid id, CancellationToken cancellationToken = default);
}
