using Crm.Domain.Teams;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Targets;

/// <summary>
/// Whose targets an actor reads: admins every sales team and rep (and the organisation); a
/// sales manager the sales teams they manage and those teams' reps; everyone their own.
/// </summary>
internal sealed record TargetScope(bool SeesAll, Guid ActorId, IReadOnlySet<Guid> ManagedTeamIds)
{
    public bool CanEdit => SeesAll;

    public static async Task<TargetScope> ForAsync(Actor actor, CrmDbContext db, CancellationToken cancellationToken)
    {
        if (actor.IsAdmin)
        {
            return new TargetScope(true, actor.UserId, new HashSet<Guid>());
        }

        var managed = await db.Teams.AsNoTracking()
            .Where(t => t.ManagerId == actor.UserId && t.Kind == TeamKind.Sales)
            .Select(t => t.Id).ToListAsync(cancellationToken);

        return new TargetScope(false, actor.UserId, managed.ToHashSet());
    }

    /// <summary>Whether the team's own row (target and figures) is shown.</summary>
    public bool SeesTeam(Guid teamId) => SeesAll || ManagedTeamIds.Contains(teamId);

    public bool SeesRep(Guid userId, Guid teamId) => SeesTeam(teamId) || userId == ActorId;
}
