using Crm.Domain.Common;
using Crm.Domain.Pipeline;

namespace Crm.Infrastructure.Pipeline;

public enum OpportunitySort
{
    ExpectedClose,
    Name,
    Account,
    Stage,

    /// <summary>By the amount in the base currency at today's rates.</summary>
    Amount,
    Owner,
    StageEntered,
}

/// <summary>
/// Filters, order and page of the opportunity list. Dates are inclusive; <see cref="Page"/>
/// starts at 0. <see cref="Text"/> matches the opportunity's or its account's name.
/// </summary>
public sealed record OpportunityQuery(
    Guid? PipelineId = null,
    Guid? StageId = null,
    Guid? OwnerId = null,
    Guid? TeamId = null,
    DateOnly? ExpectedCloseFrom = null,
    DateOnly? ExpectedCloseTo = null,
    OpportunityStatus? Status = null,
    string? Text = null,
    OpportunitySort Sort = OpportunitySort.ExpectedClose,
    bool Descending = false,
    int Page = 0,
    int PageSize = 25);

/// <summary>
/// One opportunity in a list. Base amounts are null when the currency has no rate for the day
/// (see docs/money.md); <see cref="Probability"/> is the effective probability.
/// </summary>
public sealed record OpportunityRow(
    Guid Id,
    int Version,
    string Name,
    Guid AccountId,
    string AccountName,
    Guid OwnerId,
    string OwnerName,
    Guid PipelineId,
    Guid StageId,
    string StageName,
    OpportunityStatus Status,
    Money Amount,
    Money? AmountInBase,
    int Probability,
    Money? WeightedInBase,
    DateOnly ExpectedCloseDate,
    DateOnly? ClosedOn,
    DateTime StageEnteredAt);

/// <summary>
/// What a board shows. Open opportunities always; closed ones only when
/// <see cref="ClosedSince"/> is set, those closed on or after that day.
/// </summary>
public sealed record BoardFilter(
    Guid? OwnerId = null,
    Guid? TeamId = null,
    DateOnly? ExpectedCloseFrom = null,
    DateOnly? ExpectedCloseTo = null,
    string? Text = null,
    DateOnly? ClosedSince = null);

/// <summary>One card of a board; <see cref="StageEnteredAt"/> is the last stage change.</summary>
public sealed record OpportunityCard(
    Guid Id,
    int Version,
    string Name,
    Guid AccountId,
    string AccountName,
    Guid OwnerId,
    string OwnerName,
    Guid StageId,
    Money Amount,
    Money? AmountInBase,
    int Probability,
    Money? WeightedInBase,
    DateOnly ExpectedCloseDate,
    string? NextStep,
    DateTime StageEnteredAt);

/// <summary>A stage column's count and sums in the base currency, over every matching opportunity.</summary>
public sealed record StageTotals(Guid StageId, int Count, Money AmountInBase, Money WeightedInBase);

/// <summary>
/// A pipeline's board: its active stages, the cards (at most <see cref="MaxCards"/>, by stage then
/// expected close; <see cref="IsTruncated"/> says when more matched) and per-stage totals over
/// all matching opportunities. Amounts of <see cref="MissingRateCurrencies"/> are left out of
/// the totals and have no base amount on their cards.
/// </summary>
public sealed record PipelineBoard(
    PipelineView Pipeline,
    string BaseCurrency,
    IReadOnlyList<OpportunityCard> Cards,
    IReadOnlyList<StageTotals> Totals,
    IReadOnlyList<string> MissingRateCurrencies,
    bool IsTruncated)
{
    public const int MaxCards = 1000;
}
