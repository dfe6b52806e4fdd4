namespace Crm.Domain.Common;

/// <summary>
/// Something that happened to an aggregate. <see cref="Version"/> is the aggregate's version
/// once the change is saved, so a subscriber can ignore an event older than what it holds.
/// </summary>
public interface IDomainEvent
{
    Guid AggregateId { get; }

    int Version { get; }

    DateTime OccurredAt { get; }
}
