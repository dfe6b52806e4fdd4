using Crm.Domain.Common;

namespace Crm.Domain.Pipeline;

// Every opportunity event carries the owner and pipeline, so a live subscriber can apply
// record visibility and pick its board without reading the database.

public sealed record OpportunityCreated(
    Guid AggregateId, int Version, DateTime OccurredAt, Guid PipelineId, Guid StageId, Guid OwnerId, Guid AccountId,
    long AmountMinorUnits, string Currency) : IDomainEvent;

/// <summary>Details, amount, probability, line items or deletion state changed; not the stage or owner.</summary>
public sealed record OpportunityChanged(
    Guid AggregateId, int Version, DateTime OccurredAt, Guid PipelineId, Guid StageId, Guid OwnerId, Guid AccountId,
    long AmountMinorUnits, string Currency) : IDomainEvent;

/// <summary>The opportunity entered another stage; <see cref="Status"/> is the status it now has.</summary>
public sealed record OpportunityStageChanged(
    Guid AggregateId, int Version, DateTime OccurredAt, Guid PipelineId, Guid FromStageId, Guid ToStageId,
    Guid OwnerId, Guid MovedById, long AmountMinorUnits, string Currency, OpportunityStatus Status) : IDomainEvent;

/// <summary>Recorded together with the <see cref="OpportunityStageChanged"/> that reached Won or Lost.</summary>
public sealed record OpportunityClosed(
    Guid AggregateId, int Version, DateTime OccurredAt, Guid PipelineId, Guid StageId, Guid OwnerId, bool Won,
    long AmountMinorUnits, string Currency, DateOnly ClosedOn) : IDomainEvent;

public sealed record OpportunityOwnerChanged(
    Guid AggregateId, int Version, DateTime OccurredAt, Guid PipelineId, Guid PreviousOwnerId, Guid OwnerId)
    : IDomainEvent;

public sealed record OpportunityDeleted(
    Guid AggregateId, int Version, DateTime OccurredAt, Guid PipelineId, Guid StageId, Guid OwnerId)
    : IDomainEvent;
