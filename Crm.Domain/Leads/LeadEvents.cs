using Crm.Domain.Common;

namespace Crm.Domain.Leads;

/// <summary>
/// A lead arrived, already routed: it carries the owner or queue it went to so live lists and
/// notifications can check visibility without reading the database.
/// </summary>
public sealed record LeadCreated(
    Guid AggregateId, int Version, DateTime OccurredAt, Guid? OwnerId, Guid? QueueTeamId, LeadSource Source)
    : IDomainEvent;

/// <summary>A lead got an owner, by a rule or by hand (<see cref="AssignedById"/> set).</summary>
public sealed record LeadAssigned(
    Guid AggregateId,
    int Version,
    DateTime OccurredAt,
    Guid OwnerId,
    Guid? PreviousOwnerId,
    Guid? PreviousQueueTeamId,
    string RuleName,
    Guid? AssignedById) : IDomainEvent;

/// <summary>A lead went to a team's queue and has no owner until someone takes it.</summary>
public sealed record LeadQueued(
    Guid AggregateId, int Version, DateTime OccurredAt, Guid TeamId, Guid? PreviousOwnerId, Guid? PreviousTeamId)
    : IDomainEvent;

/// <summary>A lead's details changed.</summary>
public sealed record LeadChanged(
    Guid AggregateId, int Version, DateTime OccurredAt, Guid? OwnerId, Guid? QueueTeamId) : IDomainEvent;

public sealed record LeadStatusChanged(
    Guid AggregateId,
    int Version,
    DateTime OccurredAt,
    LeadStatus Status,
    LeadStatus PreviousStatus,
    Guid? OwnerId,
    Guid? QueueTeamId) : IDomainEvent;

/// <summary>A lead became an account, a contact and possibly an opportunity.</summary>
public sealed record LeadConverted(
    Guid AggregateId,
    int Version,
    DateTime OccurredAt,
    Guid AccountId,
    Guid ContactId,
    Guid? OpportunityId,
    Guid? OwnerId) : IDomainEvent;
