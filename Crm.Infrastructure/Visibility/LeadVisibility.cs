using Crm.Domain.Leads;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Persistence;

namespace Crm.Infrastructure.Visibility;

internal sealed class LeadVisibility : ILeadVisibility
{
    public async Task<LeadAccess> AccessForAsync(Actor actor, CrmDbContext db, CancellationToken cancellationToken)
    {
        var scope = LeadScope.None;
        if (LeadAccess.SeesAllLeads(actor))
        {
            scope = LeadScope.All;
        }
        else if (LeadAccess.SeesTeamLeads(actor))
        {
            var teams = await SalesTeamScope.ForAsync(actor, db, cancellationToken);
            scope = new LeadScope(false, teams.MemberIds, teams.TeamIds);
        }

        return new LeadAccess(scope, LeadAccess.CreatesLeads(actor), LeadAccess.EditsLeads(actor));
    }

    public IQueryable<Lead> Leads(CrmDbContext db, LeadAccess access)
    {
        if (access.Scope.SeesAll)
        {
            return db.Leads;
        }

        var owners = access.Scope.OwnerIds.Select(id => (Guid?)id).ToList();
        var teams = access.Scope.QueueTeamIds.Select(id => (Guid?)id).ToList();

        return db.Leads.Where(l => owners.Contains(l.OwnerId) || teams.Contains(l.QueueTeamId));
    }
}
