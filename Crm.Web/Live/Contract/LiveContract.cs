using System.Collections.Frozen;
using Crm.Domain.Common;
using Crm.Domain.Customers;
using Crm.Domain.Leads;
using Crm.Domain.Pipeline;

namespace Crm.Web.Live.Contract;

/// <summary>A hub message: its name, its JSON payload and who may receive it.</summary>
internal sealed record LiveMessage(string Name, object Payload, LiveAudience Audience);

/// <summary>
/// Which domain event becomes which message of /hubs/live (docs/live-events.md). Events not
/// listed are not sent. Adding a message is one line here, its payload record and its section
/// in the docs (a test checks that every name is documented).
/// </summary>
internal static class LiveContract
{
    private static readonly LiveMapping[] Mappings =
    [
        LiveMapping.Of<OpportunityCreated>("opportunity.created", OpportunityStateV1.From, Opportunity),
        LiveMapping.Of<OpportunityChanged>("opportunity.changed", OpportunityStateV1.From, Opportunity),
        LiveMapping.Of<OpportunityStageChanged>(
            "opportunity.stageChanged", OpportunityStageChangedV1.From, e => Opportunity(e.PipelineId, e.OwnerId)),
        LiveMapping.Of<OpportunityClosed>(
            "opportunity.closed", OpportunityClosedV1.From, e => Opportunity(e.PipelineId, e.OwnerId)),
        LiveMapping.Of<OpportunityOwnerChanged>(
            "opportunity.ownerChanged", OpportunityOwnerChangedV1.From,
            e => Opportunity(e.PipelineId, e.PreviousOwnerId, e.OwnerId)),
        LiveMapping.Of<OpportunityDeleted>(
            "opportunity.deleted", OpportunityDeletedV1.From, e => Opportunity(e.PipelineId, e.OwnerId)),
        LiveMapping.Of<AccountCreated>("account.created", AccountStateV1.From, e => Account(e.OwnerId)),
        LiveMapping.Of<AccountChanged>("account.changed", AccountStateV1.From, e => Account(e.OwnerId)),
        LiveMapping.Of<AccountOwnerChanged>(
            "account.ownerChanged", AccountOwnerChangedV1.From, e => Account(e.PreviousOwnerId, e.OwnerId)),
        LiveMapping.Of<AccountDeleted>("account.deleted", AccountDeletedV1.From, e => Account(e.OwnerId)),
        LiveMapping.Of<LeadCreated>(
            "lead.created", LeadCreatedV1.From, e => Lead([e.OwnerId], [e.QueueTeamId])),
        LiveMapping.Of<LeadAssigned>(
            "lead.assigned", LeadAssignedV1.From, e => Lead([e.OwnerId, e.PreviousOwnerId], [e.PreviousQueueTeamId])),
        LiveMapping.Of<LeadQueued>(
            "lead.queued", LeadQueuedV1.From, e => Lead([e.PreviousOwnerId], [e.TeamId, e.PreviousTeamId])),
    ];

    private static readonly FrozenDictionary<Type, LiveMapping> ByEventType =
        Mappings.ToFrozenDictionary(m => m.EventType);

    /// <summary>Every message name, in the order the docs list them.</summary>
    public static IReadOnlyList<string> MessageNames { get; } = [.. Mappings.Select(m => m.Name)];

    /// <summary>The message for <paramref name="domainEvent"/>, or null when it is not part of the contract.</summary>
    public static LiveMessage? Describe(IDomainEvent domainEvent) =>
        ByEventType.TryGetValue(domainEvent.GetType(), out var mapping) ? mapping.Describe(domainEvent) : null;

    private static LiveAudience Opportunity(OpportunityCreated e) => Opportunity(e.PipelineId, e.OwnerId);

    private static LiveAudience Opportunity(OpportunityChanged e) => Opportunity(e.PipelineId, e.OwnerId);

    private static LiveAudience Opportunity(Guid pipelineId, params Guid[] ownerIds) =>
        new(LiveRecordKind.Opportunities, ownerIds, pipelineId);

    private static LiveAudience Account(params Guid[] ownerIds) => new(LiveRecordKind.Accounts, ownerIds);

    // Whoever sees the lead where it is now or where it just was: its owners' teams and the queues.
    private static LiveAudience Lead(Guid?[] ownerIds, Guid?[] queueTeamIds) =>
        new(LiveRecordKind.Leads, [.. ownerIds.OfType<Guid>()]) { QueueTeamIds = [.. queueTeamIds.OfType<Guid>()] };

    private sealed record LiveMapping(Type EventType, string Name, Func<IDomainEvent, LiveMessage> Describe)
    {
        public static LiveMapping Of<T>(string name, Func<T, object> payload, Func<T, LiveAudience> audience)
            where T : IDomainEvent =>
            new(typeof(T), name, e => new LiveMessage(name, payload((T)e), audience((T)e)));
    }
}
