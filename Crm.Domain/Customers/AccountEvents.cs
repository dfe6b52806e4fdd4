using Crm.Domain.Common;

namespace Crm.Domain.Customers;

// Every account event carries the owner, so a live subscriber can apply customer visibility
// without reading the database, and the name, so a screen can show what changed.

public sealed record AccountCreated(Guid AggregateId, int Version, DateTime OccurredAt, Guid OwnerId, string Name)
    : IDomainEvent;

/// <summary>The profile changed, or a deleted account was restored; not the owner.</summary>
public sealed record AccountChanged(Guid AggregateId, int Version, DateTime OccurredAt, Guid OwnerId, string Name)
    : IDomainEvent;

public sealed record AccountOwnerChanged(
    Guid AggregateId, int Version, DateTime OccurredAt, Guid PreviousOwnerId, Guid OwnerId) : IDomainEvent;

public sealed record AccountDeleted(Guid AggregateId, int Version, DateTime OccurredAt, Guid OwnerId) : IDomainEvent;
