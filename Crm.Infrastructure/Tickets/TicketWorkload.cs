using Crm.Domain.Common;
using Crm.Domain.Tickets;
using Crm.Infrastructure.Assignment;
using Crm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Tickets;

/// <summary>
/// Open tickets per assignee, for capacity limits and the least-busy strategy: every status but
/// Resolved and Closed (waiting on the customer or on hold still takes an agent's attention).
/// </summary>
internal sealed class TicketWorkload : IAssignmentWorkload
{
    public RecordKind Kind => RecordKind.Ticket;

    public async Task<IReadOnlyDictionary<Guid, int>> OpenCountsAsync(
        CrmDbContext db, IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken)
    {
        var assignees = userIds.Select(id => (Guid?)id).ToList();
        var open = TicketStatusRules.OpenStatuses.ToList();

        // One grouped count on the (AssigneeId, Status) index.
        return await db.Tickets
            .Where(t => assignees.Contains(t.AssigneeId) && open.Contains(t.Status))
            .GroupBy(t => t.AssigneeId!.Value)
            .Select(g => new { AssigneeId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.AssigneeId, x => x.Count, cancellationToken);
    }
}
