using Crm.Domain.Pipeline;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Persistence;

namespace Crm.Infrastructure.Visibility;

internal sealed class OpportunityVisibility : IOpportunityVisibility
{
    public async Task<OpportunityAccess> AccessForAsync(
        Actor actor, CrmDbContext db, CancellationToken cancellationToken)
    {
        if (actor.IsAdmin)
        {
            return new OpportunityAccess(new VisibilityScope(true, []), true);
        }

        return OpportunityAccess.WorksOpportunities(actor)
            ? new OpportunityAccess((await SalesTeamScope.ForAsync(actor, db, cancellationToken)).Owners, true)
            : OpportunityAccess.None;
    }

    public IQueryable<Opportunity> Opportunities(CrmDbContext db, OpportunityAccess access)
    {
        var live = db.Opportunities.Where(o => db.Accounts.Any(a => a.Id == o.AccountId));
        if (access.Scope.SeesAll)
        {
            return live;
        }

        var owners = access.Scope.OwnerIds;

        return live.Where(o => owners.Contains(o.OwnerId));
    }
}
