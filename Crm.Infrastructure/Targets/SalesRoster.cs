using Crm.Domain.Teams;
using Crm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Targets;

/// <summary>A sales team and its active members, as far as the caller's scope reaches.</summary>
internal sealed record RosterTeam(Guid Id, string Name, bool Visible, IReadOnlyList<RosterRep> Reps);

internal sealed record RosterRep(Guid Id, string Name);

/// <summary>The sales teams (not deleted) by name and their active members by name, narrowed to a scope.</summary>
internal static class SalesRoster
{
    public static async Task<IReadOnlyList<RosterTeam>> LoadAsync(
        CrmDbContext db, TargetScope scope, CancellationToken cancellationToken)
    {
        var teams = await db.Teams.AsNoTracking().Where(t => t.Kind == TeamKind.Sales)
            .Select(t => new { t.Id, t.Name }).ToListAsync(cancellationToken);
        var teamIds = teams.Select(t => t.Id).ToList();
        var users = await db.CrmUsers.AsNoTracking().Where(u => u.IsActive && teamIds.Contains(u.TeamId))
            .Select(u => new { u.Id, u.DisplayName, u.TeamId }).ToListAsync(cancellationToken);

        var names = StringComparer.CurrentCulture;
        return
        [
            .. teams.OrderBy(t => t.Name, names)
                .Select(t => new RosterTeam(t.Id, t.Name, scope.SeesTeam(t.Id),
                [
                    .. users.Where(u => u.TeamId == t.Id && scope.SeesRep(u.Id, t.Id))
                        .OrderBy(u => u.DisplayName, names).Select(u => new RosterRep(u.Id, u.DisplayName)),
                ]))
                .Where(t => t.Visible || t.Reps.Count > 0),
        ];
    }
}
