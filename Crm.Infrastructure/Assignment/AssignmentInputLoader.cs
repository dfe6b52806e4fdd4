using System.Collections.Concurrent;
using Crm.Domain.Assignment;
using Crm.Domain.Common;
using Crm.Domain.Teams;
using Crm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Crm.Infrastructure.Assignment;

/// <summary>
/// Reads what a decision needs through the given context. Only the users the deciding rule's
/// strategy can consider are loaded (and counted), so a decision costs a few small queries
/// whatever the size of the organization; the engine sees the same outcome as with everyone.
/// </summary>
internal sealed class AssignmentInputLoader(
    IEnumerable<IAssignmentWorkload> workloads, MissingWorkloads missing, ILogger<AssignmentInputLoader> logger)
{
    public async Task<AssignmentInput> LoadAsync(
        CrmDbContext db, IReadOnlyList<AssignmentRule> rules, AssignmentSubject subject,
        CancellationToken cancellationToken)
    {
        var teams = await db.Teams.AsNoTracking()
            .Select(t => new AssignmentTeam(t.Id, t.Name, t.Kind, t.ManagerId))
            .ToListAsync(cancellationToken);
        var defaultQueue = await db.AssignmentSettings.AsNoTracking()
            .Select(s => s.DefaultQueueTeamId)
            .FirstOrDefaultAsync(cancellationToken);
        var deciding = AssignmentEngine.DecidingRule(rules, subject);
        var candidates = deciding is null
            ? []
            : await CandidatesAsync(db, Considered(db, deciding.Strategy, subject), subject.Kind, cancellationToken);

        return new AssignmentInput(rules, subject, candidates, teams, defaultQueue);
    }

    private static IQueryable<User> Considered(CrmDbContext db, AssignmentStrategy strategy, AssignmentSubject subject)
    {
        var users = db.CrmUsers.AsNoTracking();
        if (strategy.Kind == StrategyKind.NamedOwner)
        {
            return users.Where(u => u.Id == strategy.UserId);
        }

        if (strategy.Kind != StrategyKind.TerritoryOwner)
        {
            return users.Where(u => u.TeamId == strategy.TeamId);
        }

        if (subject.Region is not { } region)
        {
            return users.Where(_ => false);
        }

        // The database narrows by region ignoring case; the engine compares again exactly.
        var inRegion = users.Where(u => u.Region == region || u.Region.ToUpper() == region.ToUpper());

        return strategy.TeamId is { } teamId ? inRegion.Where(u => u.TeamId == teamId) : inRegion;
    }

    private async Task<List<AssignmentCandidate>> CandidatesAsync(
        CrmDbContext db, IQueryable<User> users, RecordKind kind, CancellationToken cancellationToken)
    {
        var rows = await users
            .Select(u => new { u.Id, u.DisplayName, u.TeamId, u.IsActive, u.Availability, u.CapacityLimit, u.Region })
            .ToListAsync(cancellationToken);
        var counts = await OpenCountsAsync(db, kind, rows.Select(r => r.Id).ToList(), cancellationToken);

        return rows
            .Select(r => new AssignmentCandidate(
                r.Id, r.DisplayName, r.TeamId, r.IsActive, r.Availability, r.CapacityLimit,
                counts.GetValueOrDefault(r.Id), r.Region))
            .ToList();
    }

    private async Task<IReadOnlyDictionary<Guid, int>> OpenCountsAsync(
        CrmDbContext db, RecordKind kind, IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken)
    {
        if (userIds.Count == 0)
        {
            return new Dictionary<Guid, int>();
        }

        var workload = workloads.FirstOrDefault(w => w.Kind == kind);
        if (workload is null)
        {
            if (missing.FirstTime(kind))
            {
                AssignmentLog.NoWorkload(logger, kind);
            }

            return new Dictionary<Guid, int>();
        }

        return await workload.OpenCountsAsync(db, userIds, cancellationToken);
    }
}

/// <summary>Remembers, per process, the kinds already warned about having no workload.</summary>
internal sealed class MissingWorkloads
{
    private readonly ConcurrentDictionary<RecordKind, bool> _warned = new();

    public bool FirstTime(RecordKind kind) => _warned.TryAdd(kind, true);
}
