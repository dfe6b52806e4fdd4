using Crm.Domain.Analytics;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Pipeline;
using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Analytics.Sales;

/// <summary>Names the opportunities behind a segment: one query by id, in the order given.</summary>
internal static class OpportunityRecords
{
    public static async Task<IReadOnlyList<OpportunityRecord>> ReadAsync(
        CrmDbContext db, IReadOnlyList<OpportunityFact> facts, PipelineView pipeline,
        CancellationToken cancellationToken)
    {
        var ids = facts.Select(f => f.Id).ToList();
        var names = await db.Opportunities.AsNoTracking()
            .Where(o => ids.Contains(o.Id))
            .Select(o => new
            {
                o.Id,
                o.Name,
                Account = db.Accounts.Where(a => a.Id == o.AccountId).Select(a => a.Name).FirstOrDefault(),
                Owner = db.CrmUsers.Where(u => u.Id == o.OwnerId).Select(u => u.DisplayName).FirstOrDefault(),
            })
            .ToDictionaryAsync(o => o.Id, cancellationToken);
        var stages = pipeline.Stages.ToDictionary(s => s.Id, s => s.Name);

        return facts.Where(f => names.ContainsKey(f.Id))
            .Select(f => new OpportunityRecord(
                f.Id,
                names[f.Id].Name,
                names[f.Id].Account ?? "",
                names[f.Id].Owner ?? "",
                stages.GetValueOrDefault(f.StageId, ""),
                f.Status,
                f.AmountBase,
                f.ExpectedCloseDate,
                f.ClosedOn))
            .ToList();
    }
}
