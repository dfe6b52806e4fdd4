using Crm.Domain.Common;
using Crm.Infrastructure.Persistence;

namespace Crm.Infrastructure.Assignment;

/// <summary>
/// Counts how many open records of one <see cref="Kind"/> each user holds, for capacity limits
/// and the least-busy strategy. The feature that owns the kind registers one
/// (<c>services.AddScoped&lt;IAssignmentWorkload, LeadWorkload&gt;()</c>).
/// </summary>
/// <remarks>
/// When no workload is registered for a kind, the engine counts every user as holding 0 open
/// records of it (capacity then never passes anyone over, and least busy takes turns) and logs
/// a warning the first time, once per kind and process.
/// </remarks>
public interface IAssignmentWorkload
{
    RecordKind Kind { get; }

    /// <summary>
    /// Open records per user among <paramref name="userIds"/>, read through the caller's
    /// <paramref name="db"/> (and so inside its transaction). A user left out counts as 0.
    /// </summary>
    Task<IReadOnlyDictionary<Guid, int>> OpenCountsAsync(
        CrmDbContext db, IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken);
}
