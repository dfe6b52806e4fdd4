using Crm.Domain.Common;

namespace Crm.Domain.Pipeline;

public sealed record PipelineCreated(Guid AggregateId, int Version, DateTime OccurredAt) : IDomainEvent;

/// <summary>
/// The pipeline or one of its stages changed (renamed, reordered, probability, category,
/// retired, added). <see cref="StageId"/> names the stage when one stage was concerned.
/// </summary>
public sealed record PipelineChanged(Guid AggregateId, int Version, DateTime OccurredAt, Guid? StageId)
    : IDomainEvent;
