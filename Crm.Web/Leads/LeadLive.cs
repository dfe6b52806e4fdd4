using Crm.Domain.Common;
using Crm.Domain.Leads;
using Crm.Infrastructure.Leads;

namespace Crm.Web.Leads;

/// <summary>Which live lead events concern a screen, judged from the events' own fields.</summary>
internal static class LeadLive
{
    /// <summary>
    /// True for a lead event about an owner or queue among the caller's choices (where the lead
    /// is, or where it just left), so a list refreshes only for leads it shows or showed.
    /// </summary>
    public static bool Concerns(IDomainEvent domainEvent, LeadChoices choices) =>
        Places(domainEvent).Any(id => id is { } place
            && (choices.Owners.Any(o => o.Id == place) || choices.Queues.Any(q => q.TeamId == place)));

    /// <summary>
    /// True for a lead event about <paramref name="ownerId"/>'s leads or one of the queues, where
    /// the lead is now or where it just left: what one person's own lists show.
    /// </summary>
    public static bool Concerns(IDomainEvent domainEvent, Guid ownerId, IEnumerable<Guid> queueTeamIds) =>
        Places(domainEvent).Any(id => id is { } place && (place == ownerId || queueTeamIds.Contains(place)));

    public static bool IsLeadEvent(IDomainEvent domainEvent) => Places(domainEvent).Any();

    private static IEnumerable<Guid?> Places(IDomainEvent domainEvent) => domainEvent switch
    {
        LeadCreated e => [e.OwnerId, e.QueueTeamId],
        LeadAssigned e => [e.OwnerId, e.PreviousOwnerId, e.PreviousQueueTeamId],
        LeadQueued e => [e.TeamId, e.PreviousOwnerId, e.PreviousTeamId],
        LeadChanged e => [e.OwnerId, e.QueueTeamId],
        LeadStatusChanged e => [e.OwnerId, e.QueueTeamId],
        LeadConverted e => [e.OwnerId],
        _ => [],
    };
}
