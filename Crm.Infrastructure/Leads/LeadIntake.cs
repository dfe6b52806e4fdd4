using Crm.Domain.Leads;
using Crm.Infrastructure.Persistence;
using Microsoft.Extensions.Logging;

namespace Crm.Infrastructure.Leads;

/// <summary>
/// The one way a new lead comes in, whether typed in the app, posted to the web form or (later)
/// imported: it notes the look-alikes that already exist, has the <see cref="LeadRouter"/> place
/// it by the assignment rules and tell whoever must know, and saves it all at once.
/// </summary>
internal sealed class LeadIntake(LeadRouter router, ILogger<LeadIntake> logger)
{
    /// <summary>How many look-alikes of each kind count towards <see cref="Lead.DuplicatesOnArrival"/>.</summary>
    public const int CountedPerKind = 10;

    /// <summary>
    /// Adds <paramref name="lead"/> (new, not routed yet) on <paramref name="db"/>, which must be
    /// inside a transaction the caller commits, run through
    /// <see cref="Assignment.AssigningTransactions.InAssigningTransactionAsync{T}"/>: the rule's
    /// turn, the lead and its notices are one save, and its events go out when it commits.
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
        var decision = await router.RouteAsync(db, lead, cancellationToken);

        db.Leads.Add(lead);
        await db.SaveChangesAsync(cancellationToken);
        LeadsLog.Arrived(
            logger, lead.Id, lead.Source, decision.Rule?.Id, lead.OwnerId, lead.QueueTeamId, duplicates);
    }
}
