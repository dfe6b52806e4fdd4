using Crm.Infrastructure.Common;
using Crm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Visibility;

/// <summary>
/// The teams a sales role works in (the one they belong to and those they manage) and
/// everyone in them, the actor included: the reach of a rep or manager for customers, opportunities and leads.
/// </summary>
internal sealed record SalesTeamScope(IReadOnlyCollection<Guid> TeamIds, IReadOnlyCollection<Guid> MemberIds)
{
    public static async Task<SalesTeamScope> ForAsync(Actor actor, CrmDbContext db, CancellationToken cancellationToken)
    {
        var teamIds = await db.Teams.Where(t => t.ManagerId == actor.UserId).Select(t => t.Id)
            .Concat(db.CrmUsers.Where(u => u.Id == actor.UserId).Select(u => u.TeamId))
            .ToListAsync(cancellationToken);
        var members = await db.CrmUsers.Where(u => teamIds.Contains(u.TeamId)).Select(u => u.Id)
            .ToListAsync(cancellationToken);

        return new SalesTeamScope([.. teamIds.Distinct()], [.. members.Append(actor.UserId).Distinct()]);
    }

    /// <summary>The scope of records owned by anyone in these teams: customers and opportunities.</summary>
    public VisibilityScope Owners => new(false, MemberIds);
}
