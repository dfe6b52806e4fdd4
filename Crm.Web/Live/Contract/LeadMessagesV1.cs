using System.Text.Json;
using Crm.Domain.Common;
using Crm.Domain.Leads;

namespace Crm.Web.Live.Contract;

// Version 1 of the lead messages of /hubs/live, as docs/live-events.md describes them. Where a
// lead is (its owner, or the team whose queue it waits in) is all a list needs to place it.

/// <summary>
/// <c>lead.created</c>: a lead arrived, already routed: an owner, a queue, or (when nothing
/// placed it) neither. <see cref="Source"/> is lower camelCase: <c>webForm</c>, <c>tradeShow</c> ….
/// </summary>
internal sealed record LeadCreatedV1(
    Guid Id, int Version, DateTime OccurredAt, Guid? OwnerId, Guid? QueueTeamId, string Source)
{
    public static LeadCreatedV1 From(LeadCreated e) =>
        new(e.AggregateId, e.Version, Clock.Utc(e.OccurredAt), e.OwnerId, e.QueueTeamId,
            JsonNamingPolicy.CamelCase.ConvertName(e.Source.ToString()));
}

/// <summary>
/// <c>lead.assigned</c>: someone owns the lead now; <see cref="AssignedById"/> is null when a rule
/// decided. Sent to those who saw it where it was and to those who see it now.
/// </summary>
internal sealed record LeadAssignedV1(
    Guid Id, int Version, DateTime OccurredAt, Guid OwnerId, Guid? PreviousOwnerId, Guid? PreviousQueueTeamId,
    Guid? AssignedById)
{
    public static LeadAssignedV1 From(LeadAssigned e) =>
        new(e.AggregateId, e.Version, Clock.Utc(e.OccurredAt), e.OwnerId, e.PreviousOwnerId, e.PreviousQueueTeamId,
            e.AssignedById);
}

/// <summary><c>lead.queued</c>: the lead waits in a team's queue and has no owner until someone takes it.</summary>
internal sealed record LeadQueuedV1(
    Guid Id, int Version, DateTime OccurredAt, Guid QueueTeamId, Guid? PreviousOwnerId, Guid? PreviousQueueTeamId)
{
    public static LeadQueuedV1 From(LeadQueued e) =>
        new(e.AggregateId, e.Version, Clock.Utc(e.OccurredAt), e.TeamId, e.PreviousOwnerId, e.PreviousTeamId);
}
