using Crm.Domain.Common;
using Crm.Domain.Leads;
using Crm.Infrastructure.Assignment;
using Crm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Leads;

/// <summary>
/// Open leads per owner, for capacity limits and the least-busy strategy: those still new or
/// being worked. Qualified and disqualified leads are done; deleted ones do not count.
/// </summary>
internal sealed class LeadWorkload : IAssignmentWorkload
{
    public RecordKind Kind => RecordKind.Lead;

    public async Task<IReadOnlyDictionary<Guid, int>> OpenCountsAsync(
        CrmDbContext db, IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken)
    {
        var owners = userIds.Select(id => (Guid?)id).ToList();

        // One grouped count on the (OwnerId, Status) index.
        return await db.Leads
            .Where(l => owners.Contains(l.OwnerId))
            .Where(l => l.Status == LeadStatus.New || l.Status == LeadStatus.Working)
            .GroupBy(l => l.OwnerId!.Value)
            .Select(g => new { OwnerId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.OwnerId, x => x.Count, cancellationToken);
    }
}
