using Crm.Infrastructure.Common;
using Crm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Visibility;

internal static class TeamScope
{
    /// <summary>
    /// The owners a sales role works with: the actor, everyone in the team they belong to and
    /// everyone in the teams they manage. The same set limits customers and opportunities.
    /// </summary>
    public static async Task<VisibilityScope> OfAsync(Actor actor, CrmDbContext db, CancellationToken cancellationToken)
    {
        var teamIds = await db.Teams.Where(t => t.ManagerId == actor.UserId).Select(t => t.Id)
            .Concat(db.CrmUsers.Where(u => u.Id == actor.UserId).Select(u => u.TeamId))
            .ToListAsync(cancellationToken);
        var owners = await db.CrmUsers.Where(u => teamIds.Contains(u.TeamId)).Select(u => u.Id)
            .ToListAsync(cancellationToken);

        return new VisibilityScope(false, [.. owners.Append(actor.UserId).Distinct()]);
    }
}
