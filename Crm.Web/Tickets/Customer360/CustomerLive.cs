using Crm.Domain.Activities;
using Crm.Domain.Common;
using Crm.Domain.Pipeline;
using Crm.Domain.Tickets;

namespace Crm.Web.Tickets.Customer360;

/// <summary>
/// Which committed events concern a customer's 360 screens, decided from the event alone. The
/// screens then read again through their services, so visibility applies to what they show.
/// </summary>
internal static class CustomerLive
{
    /// <summary>A ticket of the account was opened, changed, moved, assigned, or its SLA clocks moved.</summary>
    public static bool ConcernsTickets(IDomainEvent domainEvent, Guid accountId) =>
        AccountOf(domainEvent) is { } account && account == accountId;

    /// <summary>
    /// Anything the ticket's customer card shows: the account's tickets and activities, and its
    /// opportunities (those that name the account, or one of <paramref name="listed"/>).
    /// </summary>
    public static bool ConcernsCard(IDomainEvent domainEvent, Guid accountId, Func<Guid, bool> listed) =>
        domainEvent switch
        {
            ActivityLogged logged => logged.AccountId == accountId,
            OpportunityCreated created => created.AccountId == accountId,
            OpportunityChanged changed => changed.AccountId == accountId || listed(changed.AggregateId),
            OpportunityStageChanged or OpportunityClosed or OpportunityOwnerChanged or OpportunityDeleted =>
                listed(domainEvent.AggregateId),
            _ => ConcernsTickets(domainEvent, accountId),
        };

    private static Guid? AccountOf(IDomainEvent domainEvent) => domainEvent switch
    {
        TicketCreated e => e.AccountId,
        TicketChanged e => e.AccountId,
        TicketStatusChanged e => e.AccountId,
        TicketAssigned e => e.AccountId,
        TicketMovedToQueue e => e.AccountId,
        TicketSlaChanged e => e.AccountId,
        _ => null,
    };
}
