using Crm.Domain.Pipeline;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Persistence;

namespace Crm.Infrastructure.Visibility;

/// <summary>
/// The one rule for who sees which opportunities, beside <see cref="ICustomerVisibility"/> and
/// built on the same team scope. Every opportunity query, list, board and live update goes
/// through it.
/// </summary>
public interface IOpportunityVisibility
{
    /// <summary>Resolves the actor's scope and rights; one small query for sales roles, none otherwise.</summary>
    Task<OpportunityAccess> AccessForAsync(Actor actor, CrmDbContext db, CancellationToken cancellationToken);

    /// <summary>
    /// The opportunities <paramref name="access"/> covers, not deleted, whose account is not
    /// deleted either (a deleted account takes its opportunities out of view until restored).
    /// </summary>
    IQueryable<Opportunity> Opportunities(CrmDbContext db, OpportunityAccess access);
}
