using Crm.Infrastructure.Common;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Visibility;
using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Tickets.Workspace;

/// <summary>Opens workspace feeds on the shared store for whoever is signed in, with their ticket scope.</summary>
internal sealed class AgentWorkspace(
    IDbContextFactory<CrmDbContext> contexts, ICurrentUser currentUser, ITicketVisibility visibility,
    TeamTicketStore store, IEnumerable<ITicketRiskRule> riskRules)
    : IAgentWorkspace
{
    private const string RecordType = "SupportTeam";

    public async Task<IReadOnlyList<WorkspaceTeam>> TeamsAsync(CancellationToken cancellationToken = default)
    {
        var (_, _, teams) = await ReachAsync(cancellationToken);

        return teams;
    }

    public async Task<IWorkspaceFeed> OpenAsync(
        Guid teamId, Action onChanged, CancellationToken cancellationToken = default)
    {
        var (actor, access, teams) = await ReachAsync(cancellationToken);
        if (teams.All(t => t.Id != teamId))
        {
            throw new NotFoundException(RecordType, teamId);
        }

        return await store.OpenAsync(
            teamId, access, token => AccessAsync(actor, token), actor.UserId, riskRules.LastOrDefault(), onChanged,
            cancellationToken);
    }

    private async Task<TicketAccess> AccessAsync(Actor actor, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        return await visibility.AccessForAsync(actor, db, cancellationToken);
    }

    private async Task<(Actor, TicketAccess, IReadOnlyList<WorkspaceTeam>)> ReachAsync(
        CancellationToken cancellationToken)
    {
        var actor = await currentUser.GetAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var access = await visibility.AccessForAsync(actor, db, cancellationToken);
        if (!access.CanWork)
        {
            return (actor, access, []);
        }

        var ids = access.Scope.TeamIds;
        var all = access.Scope.SeesAll;
        var teams = await db.Teams.AsNoTracking()
            .Where(t => db.TicketQueues.Any(q => q.TeamId == t.Id) && (all || ids.Contains(t.Id)))
            .Select(t => new { t.Id, t.Name })
            .ToListAsync(cancellationToken);
        var own = await db.CrmUsers.Where(u => u.Id == actor.UserId).Select(u => (Guid?)u.TeamId)
            .FirstOrDefaultAsync(cancellationToken);

        return (actor, access, [.. teams.OrderBy(t => t.Id != own).ThenBy(t => t.Name)
            .Select(t => new WorkspaceTeam(t.Id, t.Name))]);
    }
}
