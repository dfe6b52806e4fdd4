using Crm.Domain.Analytics;
using Crm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Analytics.Service;

/// <summary>
/// Names the tickets behind a segment, in the order given: subjects by ticket id, accounts and
/// agents by the fact's ids (the ones the figure counted). Three small queries by id.
/// </summary>
internal static class TicketRecords
{
    public static async Task<IReadOnlyList<TicketRecord>> ReadAsync(
        CrmDbContext db, IReadOnlyList<TicketFact> facts, CancellationToken cancellationToken)
    {
        var ids = facts.Select(f => f.Id).ToList();
        var accountIds = facts.Where(f => f.AccountId is not null).Select(f => f.AccountId!.Value).Distinct().ToList();
        var agentIds = facts.Where(f => f.AssigneeId is not null).Select(f => f.AssigneeId!.Value).Distinct().ToList();
        var subjects = await db.Tickets.AsNoTracking()
            .Where(t => ids.Contains(t.Id))
            .Select(t => new { t.Id, t.Subject })
            .ToDictionaryAsync(t => t.Id, t => t.Subject, cancellationToken);
        var accounts = await db.Accounts.AsNoTracking()
            .Where(a => accountIds.Contains(a.Id))
            .Select(a => new { a.Id, a.Name })
            .ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken);
        var agents = await db.CrmUsers.AsNoTracking()
            .Where(u => agentIds.Contains(u.Id))
            .Select(u => new { u.Id, u.DisplayName })
            .ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);

        return facts.Where(f => subjects.ContainsKey(f.Id))
            .Select(f => new TicketRecord(
                f.Id,
                f.Number,
                subjects[f.Id],
                f.AccountId is { } account ? accounts.GetValueOrDefault(account, "") : "",
                f.Status,
                f.Priority,
                f.Channel,
                f.AssigneeId is { } agent ? agents.GetValueOrDefault(agent, "") : "",
                f.OpenedAt))
            .ToList();
    }
}
