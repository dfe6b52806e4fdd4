using Crm.Domain.Common;
using Crm.Domain.Displays;
using Crm.Domain.Teams;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Displays;

/// <summary>
/// Which displays an actor sets up: administrators every display of every team (and sales
/// displays of every sales team at once); sales managers sales displays of their own team and the
/// teams they manage; support leads service displays likewise. Nobody else sets up displays.
/// </summary>
internal sealed record DisplayReach(bool IsAdmin, IReadOnlyList<DisplayReach.ReachedTeam> Teams)
{
    public static async Task<DisplayReach> ForAsync(Actor actor, CrmDbContext db, CancellationToken cancellationToken)
    {
        var kind = KindOf(actor);
        if (kind is null && !actor.IsAdmin)
        {
            throw new ForbiddenException("Only administrators, sales managers and support leads set up wall displays.");
        }

        var teams = db.Teams.AsNoTracking();
        if (!actor.IsAdmin)
        {
            var own = db.CrmUsers.Where(u => u.Id == actor.UserId).Select(u => u.TeamId);
            var teamKind = kind == DisplayKind.Sales ? TeamKind.Sales : TeamKind.Support;
            teams = teams.Where(t => t.Kind == teamKind && (t.ManagerId == actor.UserId || own.Contains(t.Id)));
        }

        var rows = await teams.Select(t => new { t.Id, t.Name, t.Kind }).ToListAsync(cancellationToken);

        return new DisplayReach(actor.IsAdmin,
        [
            .. rows.OrderBy(t => NameSortKey.For(t.Name), StringComparer.Ordinal)
                .Select(t => new ReachedTeam(t.Id, t.Name, KindOf(t.Kind))),
        ]);
    }

    public IReadOnlyList<DisplayKind> Kinds =>
        IsAdmin ? [DisplayKind.Sales, DisplayKind.Service] : [.. Teams.Select(t => t.Kind).Distinct()];

    /// <summary>Whether the actor manages a display of this kind and team (null: every sales team).</summary>
    public bool Manages(DisplayKind kind, Guid? teamId) => teamId is null
        ? IsAdmin && kind == DisplayKind.Sales
        : Teams.Any(t => t.Id == teamId && t.Kind == kind);

    public bool Manages(Display display) => Manages(display.Kind, display.TeamId);

    private static DisplayKind KindOf(TeamKind team) =>
        team == TeamKind.Sales ? DisplayKind.Sales : DisplayKind.Service;

    private static DisplayKind? KindOf(Actor actor) =>
        actor.IsInRole(Roles.SalesManager) ? DisplayKind.Sales
        : actor.IsInRole(Roles.SupportLead) ? DisplayKind.Service
        : null;

    public sealed record ReachedTeam(Guid Id, string Name, DisplayKind Kind);
}
