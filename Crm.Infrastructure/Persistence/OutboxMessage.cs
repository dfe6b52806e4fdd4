namespace Crm.Infrastructure.Persistence;

/// <summary>
/// A domain event written in the same transaction as the change that raised it. The
/// process that wrote it publishes it after commit; other processes pick it up by id.
/// </summary>
public sealed class OutboxMessage
{
    public long Id { get; init; }

    public required string Type { get; init; }

    public required string Payload { get; init; }

    public Guid AggregateId { get; init; }

    public int AggregateVersion { get; init; }

    public DateTime OccurredAt { get; init; }

    /// <summary>The process instance that wrote the row, so it does not publish its own events twice.</summary>
    public Guid ProducerId { get; init; }
}
