using Crm.Domain.Teams;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Visibility;
using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Tickets.Canned;

/// <summary>
/// Which support teams' canned replies an actor sees and which they manage, read from the ticket
/// rule (<see cref="TicketAccess"/>): the teams whose tickets they work. Read-only ticket roles
/// (sales) and those without tickets see none; leads and administrators manage what they see.
/// </summary>
internal sealed record CannedReplyReach(Actor Actor, TicketAccess Access, IReadOnlyList<CannedReplyTeam> Teams)
{
    public static async Task<CannedReplyReach> ForAsync(
        Actor actor, CrmDbContext db, ITicketVisibility visibility, CancellationToken cancellationToken) =>
        await ForAsync(actor, await visibility.AccessForAsync(actor, db, cancellationToken), db, cancellationToken);

    /// <summary>The reach of an actor whose ticket access is known already.</summary>
    public static async Task<CannedReplyReach> ForAsync(
        Actor actor, TicketAccess access, CrmDbContext db, CancellationToken cancellationToken)
    {
        if (!access.CanWork)
        {
            return new CannedReplyReach(actor, access, []);
        }

        var support = db.Teams.AsNoTracking().Where(t => t.Kind == TeamKind.Support);
        var ids = access.Scope.TeamIds;
        var seen = access.Scope.SeesAll ? support : support.Where(t => ids.Contains(t.Id));
        var teams = await seen.Select(t => new { t.Id, t.Name }).ToListAsync(cancellationToken);
        var manages = actor.IsAdmin || actor.IsInRole(Roles.SupportLead);

        return new CannedReplyReach(actor, access,
        [
            .. teams.OrderBy(t => Domain.Common.NameSortKey.For(t.Name), StringComparer.Ordinal)
                .Select(t => new CannedReplyTeam(t.Id, t.Name, manages)),
        ]);
    }

    public bool Sees(Guid teamId) => Teams.Any(t => t.Id == teamId);

    /// <summary>
    /// Throws <see cref="NotFoundException"/> for a team not seen, <see cref="ForbiddenException"/>
    /// for one whose replies the actor only uses.
    /// </summary>
    public void EnsureManages(Guid teamId)
    {
        var team = Teams.FirstOrDefault(t => t.Id == teamId) ?? throw new NotFoundException("SupportTeam", teamId);
        if (!team.CanManage)
        {
            throw new ForbiddenException("Only administrators and the team's support lead manage its canned replies.");
        }
    }
}
