using System.Text.Json;
using Crm.Domain.Common;
using Crm.Domain.Pipeline;

namespace Crm.Web.Live.Contract;

// Version 1 of the opportunity messages of /hubs/live, as docs/live-events.md describes them.
// Fields are only ever added to these records; a change that would break a client gets a new
// message name instead.

/// <summary>An amount as integer hundredths of the currency unit (fen, cents) and its ISO 4217 code.</summary>
internal sealed record MoneyV1(long MinorUnits, string Currency);

/// <summary><c>opportunity.created</c> and <c>opportunity.changed</c>: where the opportunity stands now.</summary>
internal sealed record OpportunityStateV1(
    Guid Id, int Version, DateTime OccurredAt, Guid PipelineId, Guid StageId, Guid OwnerId, Guid AccountId,
    MoneyV1 Amount)
{
    public static OpportunityStateV1 From(OpportunityCreated e) =>
        new(e.AggregateId, e.Version, Clock.Utc(e.OccurredAt), e.PipelineId, e.StageId, e.OwnerId, e.AccountId,
            new MoneyV1(e.AmountMinorUnits, e.Currency));

    public static OpportunityStateV1 From(OpportunityChanged e) =>
        new(e.AggregateId, e.Version, Clock.Utc(e.OccurredAt), e.PipelineId, e.StageId, e.OwnerId, e.AccountId,
            new MoneyV1(e.AmountMinorUnits, e.Currency));
}

/// <summary><c>opportunity.stageChanged</c>; <see cref="Status"/> is <c>open</c>, <c>won</c> or <c>lost</c>.</summary>
internal sealed record OpportunityStageChangedV1(
    Guid Id, int Version, DateTime OccurredAt, Guid PipelineId, Guid FromStageId, Guid ToStageId, Guid OwnerId,
    Guid MovedById, MoneyV1 Amount, string Status)
{
    public static OpportunityStageChangedV1 From(OpportunityStageChanged e) =>
        new(e.AggregateId, e.Version, Clock.Utc(e.OccurredAt), e.PipelineId, e.FromStageId, e.ToStageId, e.OwnerId,
            e.MovedById, new MoneyV1(e.AmountMinorUnits, e.Currency),
            JsonNamingPolicy.CamelCase.ConvertName(e.Status.ToString()));
}

/// <summary><c>opportunity.closed</c>: sent right after the stage change that reached Won or Lost.</summary>
internal sealed record OpportunityClosedV1(
    Guid Id, int Version, DateTime OccurredAt, Guid PipelineId, Guid StageId, Guid OwnerId, bool Won,
    MoneyV1 Amount, DateOnly ClosedOn)
{
    public static OpportunityClosedV1 From(OpportunityClosed e) =>
        new(e.AggregateId, e.Version, Clock.Utc(e.OccurredAt), e.PipelineId, e.StageId, e.OwnerId, e.Won,
            new MoneyV1(e.AmountMinorUnits, e.Currency), e.ClosedOn);
}

/// <summary><c>opportunity.ownerChanged</c>: sent to those who saw it before and those who see it now.</summary>
internal sealed record OpportunityOwnerChangedV1(
    Guid Id, int Version, DateTime OccurredAt, Guid PipelineId, Guid PreviousOwnerId, Guid OwnerId)
{
    public static OpportunityOwnerChangedV1 From(OpportunityOwnerChanged e) =>
        new(e.AggregateId, e.Version, Clock.Utc(e.OccurredAt), e.PipelineId, e.PreviousOwnerId, e.OwnerId);
}

/// <summary><c>opportunity.deleted</c>: in the recycle bin; a later <c>opportunity.changed</c> restores it.</summary>
internal sealed record OpportunityDeletedV1(
    Guid Id, int Version, DateTime OccurredAt, Guid PipelineId, Guid StageId, Guid OwnerId)
{
    public static OpportunityDeletedV1 From(OpportunityDeleted e) =>
        new(e.AggregateId, e.Version, Clock.Utc(e.OccurredAt), e.PipelineId, e.StageId, e.OwnerId);
}
