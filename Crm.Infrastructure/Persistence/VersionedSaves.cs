using Crm.Domain.Common;
using Crm.Infrastructure.Common;
using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Persistence;

/// <summary>Optimistic concurrency against the version a user loaded.</summary>
internal static class VersionedSaves
{
    /// <summary>Makes the next save succeed only if the row still carries <paramref name="expectedVersion"/>.</summary>
    public static void ExpectVersion(this CrmDbContext db, AggregateRoot aggregate, int expectedVersion) =>
        db.Entry(aggregate).Property(a => a.Version).OriginalValue = expectedVersion;

    /// <summary>
    /// Saves; a stale version becomes <see cref="ConcurrencyConflictException"/> and nothing is written.
    /// </summary>
    public static async Task SaveCheckedAsync(
        this CrmDbContext db, string recordType, Guid id, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConcurrencyConflictException(recordType, id);
        }
    }
}
