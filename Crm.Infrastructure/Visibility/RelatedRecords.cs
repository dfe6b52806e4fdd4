using Crm.Domain.Common;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Visibility;

/// <summary>
/// The rule for the record an activity or a follow-up task is about besides its account
/// (<see cref="RecordLink"/>): one the actor sees, on that same account. Opportunities are the
/// records that can be linked so far; leads and tickets join when they have a visibility rule.
/// </summary>
internal static class RelatedRecords
{
    /// <summary>Throws "Related.not-found" (field Related) unless the record can be linked; null passes.</summary>
    public static async Task EnsureLinkableAsync(
        CrmDbContext db, Actor actor, IOpportunityVisibility opportunities, Guid? accountId, RecordLink? related,
        CancellationToken cancellationToken)
    {
        if (related is null)
        {
            return;
        }

        var linkable = related.Kind switch
        {
            RecordKind.Opportunity when accountId is { } account =>
                await OpportunityOnAccountAsync(db, actor, opportunities, account, related.Id, cancellationToken),
            _ => false,
        };
        if (!linkable)
        {
            throw new DomainException(
                "Related.not-found", "The record is not one of this account's that you can see.", "Related");
        }
    }

    private static async Task<bool> OpportunityOnAccountAsync(
        CrmDbContext db, Actor actor, IOpportunityVisibility opportunities, Guid accountId, Guid opportunityId,
        CancellationToken cancellationToken)
    {
        var access = await opportunities.AccessForAsync(actor, db, cancellationToken);

        return await opportunities.Opportunities(db, access)
            .AnyAsync(o => o.Id == opportunityId && o.AccountId == accountId, cancellationToken);
    }
}
