using Crm.Domain.Common;
using Crm.Domain.Pipeline;

namespace Crm.Infrastructure.Pipeline;

/// <summary>
/// Everything the opportunity page shows, line items and the whole stage history included.
/// <see cref="CreatedAt"/> is the business moment it was created (its first history entry),
/// which for imported or seeded opportunities lies before the row was written.
/// </summary>
public sealed record OpportunityView(
    Guid Id,
    int Version,
    OpportunityDetails Details,
    Guid AccountId,
    string AccountName,
    string? PrimaryContactName,
    Guid OwnerId,
    string OwnerName,
    Guid PipelineId,
    string PipelineName,
    Guid StageId,
    string StageName,
    OpportunityStatus Status,
    AmountMode AmountMode,
    Money Amount,
    Money? AmountInBase,
    int? ProbabilityOverride,
    int Probability,
    Money? WeightedInBase,
    string? CloseReason,
    DateOnly? ClosedOn,
    Guid? SourceLeadId,
    DateTime StageEnteredAt,
    DateTime CreatedAt,
    IReadOnlyList<LineView> Lines,
    IReadOnlyList<StageHistoryEntry> History,
    bool CanEdit);

public sealed record LineView(
    Guid Id,
    Guid? ProductId,
    string? ProductCode,
    string Description,
    decimal Quantity,
    Money UnitPrice,
    decimal DiscountPercent,
    Money Total);

/// <summary>One stage history entry with names; the first has no previous stage.</summary>
public sealed record StageHistoryEntry(
    int Sequence,
    Guid? FromStageId,
    string? FromStageName,
    Guid ToStageId,
    string ToStageName,
    Guid MovedById,
    string MovedByName,
    DateTime MovedAt,
    TimeSpan? TimeInPreviousStage,
    Money Amount);

/// <summary>
/// A field someone changed after a given version, for the conflict dialog. <see cref="Field"/>
/// uses the form's field names (Name, Account, PrimaryContact, Owner, Stage, Status, Amount,
/// Currency, AmountMode, ExpectedCloseDate, Probability, NextStep, Competitors, CloseReason,
/// ClosedOn). Values are readable: names for people, stages, accounts and contacts; amounts as
/// decimals; dates as yyyy-MM-dd; enum names otherwise.
/// </summary>
public sealed record OpportunityFieldChange(
    string Field,
    string? OldValue,
    string? NewValue,
    Guid? ChangedById,
    string? ChangedByName,
    DateTime ChangedAt,
    int Version);

/// <summary>
/// A new opportunity. A null stage means the pipeline's first open stage; a null owner means
/// the caller. The amount is typed in (at most two decimals).
/// </summary>
public sealed record NewOpportunity(
    string Name,
    Guid AccountId,
    Guid PipelineId,
    decimal Amount,
    string Currency,
    DateOnly ExpectedCloseDate,
    Guid? StageId = null,
    Guid? OwnerId = null,
    Guid? PrimaryContactId = null,
    int? ProbabilityOverride = null,
    string? NextStep = null,
    IReadOnlyList<string>? Competitors = null,
    Guid? SourceLeadId = null);

/// <summary>
/// The edit form's complete state. With <see cref="AmountMode.LineItems"/> the amount is the
/// sum of the lines and <see cref="Amount"/> is ignored. A null probability means the stage's.
/// </summary>
public sealed record OpportunityEdit(
    string Name,
    Guid? PrimaryContactId,
    Guid OwnerId,
    DateOnly ExpectedCloseDate,
    AmountMode AmountMode,
    decimal Amount,
    string Currency,
    int? ProbabilityOverride,
    string? NextStep,
    IReadOnlyList<string>? Competitors);

/// <summary>
/// A line item as the form submits it, priced in the opportunity's currency. Without a
/// description the product's name is used.
/// </summary>
public sealed record LineInput(
    Guid? ProductId, string? Description, decimal Quantity, decimal UnitPrice, decimal DiscountPercent = 0);
