using Crm.Domain.Common;

namespace Crm.Domain.Customers;

public sealed record AccountCreated(Guid AggregateId, int Version, DateTime OccurredAt, Guid OwnerId)
    : IDomainEvent;

public sealed record AccountChanged(Guid AggregateId, int Version, DateTime OccurredAt) : IDomainEvent;

public sealed record AccountOwnerChanged(
    Guid AggregateId, int Version, DateTime OccurredAt, Guid PreviousOwnerId, Guid OwnerId) : IDomainEvent;

public sealed record AccountDeleted(Guid AggregateId, int Version, DateTime OccurredAt) : IDomainEvent;
