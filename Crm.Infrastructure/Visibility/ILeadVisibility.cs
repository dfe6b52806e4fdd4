using Crm.Domain.Leads;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Persistence;

namespace Crm.Infrastructure.Visibility;

/// <summary>
/// The one rule for who sees which leads (see <see cref="LeadAccess"/>). Every lead query, list,
/// duplicate warning and live update goes through it.
/// </summary>
public interface ILeadVisibility
{
    /// <summary>Resolves the actor's lead scope and rights; one small query for sales roles.</summary>
    Task<LeadAccess> AccessForAsync(Actor actor, CrmDbContext db, CancellationToken cancellationToken);

    /// <summary>The leads <paramref name="access"/> covers, as a query that runs in the database.</summary>
    IQueryable<Lead> Leads(CrmDbContext db, LeadAccess access);
}
