using Crm.Domain.Tickets;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Visibility;

internal sealed class TicketVisibility : ITicketVisibility
{
    public async Task<TicketAccess> AccessForAsync(Actor actor, CrmDbContext db, CancellationToken cancellationToken)
    {
        if (actor.IsAdmin)
        {
            return new TicketAccess(TicketScope.All, true);
        }

        var (teams, assignees) = TicketAccess.WorksTickets(actor)
            ? await SupportReachAsync(actor, db, cancellationToken)
            : ([], []);
        var owners = TicketAccess.ReadsAccountTickets(actor)
            ? (await SalesTeamScope.ForAsync(actor, db, cancellationToken)).MemberIds
            : [];

        return new TicketAccess(new TicketScope(false, teams, assignees, owners), TicketAccess.WorksTickets(actor));
    }

    public IQueryable<Ticket> Tickets(CrmDbContext db, TicketAccess access)
    {
        if (access.Scope.SeesAll)
        {
            return db.Tickets;
        }

        var teams = access.Scope.TeamIds;
        var assignees = access.Scope.AssigneeIds.Select(id => (Guid?)id).ToList();
        var owners = access.Scope.AccountOwnerIds;

        if (owners.Count == 0)
        {
            return db.Tickets.Where(t => teams.Contains(t.TeamId) || assignees.Contains(t.AssigneeId));
        }

        return db.Tickets.Where(t => teams.Contains(t.TeamId) || assignees.Contains(t.AssigneeId)
            || db.Accounts.Any(a => a.Id == t.AccountId && owners.Contains(a.OwnerId)));
    }

    // Agents: their team and themselves. Leads: also the teams they manage and those teams' members.
    private static async Task<(IReadOnlyCollection<Guid>, IReadOnlyCollection<Guid>)> SupportReachAsync(
        Actor actor, CrmDbContext db, CancellationToken cancellationToken)
    {
        var own = await db.CrmUsers.Where(u => u.Id == actor.UserId).Select(u => u.TeamId)
            .ToListAsync(cancellationToken);
        if (!actor.IsInRole(Domain.Teams.Roles.SupportLead))
        {
            return (own, [actor.UserId]);
        }

        var managed = await db.Teams.Where(t => t.ManagerId == actor.UserId).Select(t => t.Id)
            .ToListAsync(cancellationToken);
        var teams = own.Concat(managed).Distinct().ToList();
        var members = await db.CrmUsers.Where(u => teams.Contains(u.TeamId)).Select(u => u.Id)
            .ToListAsync(cancellationToken);

        return (teams, [.. members.Append(actor.UserId).Distinct()]);
    }
}
