using Crm.Domain.Leads;
using Crm.Infrastructure.Persistence;
using Microsoft.Extensions.Logging;

namespace Crm.Infrastructure.Leads;

/// <summary>
/// The one way a new lead comes in, whether typed in the app, posted to the web form or (later)
/// imported: it notes the look-alikes that already exist, lets the <see cref="ILeadRouter"/>
/// decide owner or queue, and saves, all in the caller's transaction.
/// </summary>
internal sealed class LeadIntake(ILeadRouter router, ILogger<LeadIntake> logger)
{
    /// <summary>How many look-alikes of each kind count towards <see cref="Lead.DuplicatesOnArrival"/>.</summary>
    public const int CountedPerKind = 10;

    /// <summary>
    /// Adds <paramref name="lead"/> (new, not routed yet) on <paramref name="db"/>, which must be
    /// inside a transaction the caller commits; the lead's events go out when it does.
    /// </summary>
    public async Task AddAsync(CrmDbContext db, Lead lead, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("A lead is added inside the transaction that routes it.");
        }

        var keys = DuplicateKeys.Of(lead);
        var duplicates = await DuplicateQueries.CountAsync(db, keys, CountedPerKind, cancellationToken);
        lead.NoteDuplicatesOnArrival(duplicates);
        await router.RouteAsync(db, lead, cancellationToken);
        if (lead.OwnerId is null && lead.QueueTeamId is null)
        {
            throw new InvalidOperationException(
                $"{router.GetType().Name} gave lead {lead.Id} no owner and no queue.");
        }

        db.Leads.Add(lead);
        await db.SaveChangesAsync(cancellationToken);
        LeadsLog.Arrived(logger, lead.Id, lead.Source, lead.OwnerId, lead.QueueTeamId, duplicates);
    }
}
