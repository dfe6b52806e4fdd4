using Crm.Domain.Pipeline;

namespace Crm.Infrastructure.Pipeline.Board;

/// <summary>A column of a board: one active stage, in pipeline order.</summary>
public sealed record BoardColumn(
    Guid StageId, string Name, StageOutcome Outcome, ForecastCategory Category, int DefaultProbability)
{
    /// <summary>Won or Lost: a card dropped here needs a reason and a close day.</summary>
    public bool IsClosing => Outcome != StageOutcome.Open;
}

/// <summary>
/// Who last moved an opportunity and when: its newest stage history entry. A creation entry has
/// no <see cref="FromStageId"/>; <see cref="ById"/> is then whoever created it.
/// </summary>
public sealed record BoardMove(Guid? FromStageId, Guid ById, string ByName, DateTime At)
{
    public bool IsCreation => FromStageId is null;
}

/// <summary>
/// One opportunity on a board: what <see cref="IOpportunityService.ListForPipelineAsync"/> returns
/// per card, plus its status and close day, the owner's team and the last move.
/// </summary>
public sealed record BoardCard(
    OpportunityCard Opportunity,
    Guid PipelineId,
    OpportunityStatus Status,
    DateOnly? ClosedOn,
    Guid TeamId,
    string TeamName,
    BoardMove LastMove)
{
    public Guid Id => Opportunity.Id;

    public int Version => Opportunity.Version;

    public Guid OwnerId => Opportunity.OwnerId;

    public Guid StageId => Opportunity.StageId;

    public Guid AccountId => Opportunity.AccountId;
}

/// <summary>A person or a team a board can be filtered by.</summary>
public sealed record BoardChoice(Guid Id, string Name);

/// <summary>
/// What a board is narrowed to, on top of visibility. Dates are inclusive and compare with the
/// expected close day; <see cref="Text"/> matches the opportunity's or its account's name,
/// ignoring case.
/// </summary>
public sealed record BoardCriteria(
    Guid? OwnerId = null,
    Guid? TeamId = null,
    DateOnly? ExpectedCloseFrom = null,
    DateOnly? ExpectedCloseTo = null,
    string? Text = null)
{
    public bool IsEmpty => this == new BoardCriteria();
}

/// <summary>
/// A column with the cards that match, in the order the board shows them (open stages by
/// expected close, Won and Lost by close day, newest first), and totals over exactly those cards.
/// </summary>
public sealed record BoardColumnView(BoardColumn Column, IReadOnlyList<BoardCard> Cards, StageTotals Totals);

/// <summary>
/// A board as one user sees it at one moment: only cards they may see, narrowed by the criteria.
/// <see cref="Owners"/> and <see cref="Teams"/> are the choices for the filters, taken from every
/// visible card. Totals leave out the amounts of <see cref="MissingRateCurrencies"/> (no rate).
/// Closed opportunities are on the board when closed on or after <see cref="ClosedSince"/>.
/// <see cref="Revision"/> grows with every change of the shared snapshot.
/// </summary>
public sealed record BoardView(
    Guid PipelineId,
    string PipelineName,
    string BaseCurrency,
    DateOnly ClosedSince,
    IReadOnlyList<BoardColumnView> Columns,
    IReadOnlyList<BoardChoice> Owners,
    IReadOnlyList<BoardChoice> Teams,
    IReadOnlyList<string> MissingRateCurrencies,
    int VisibleCount,
    bool CanMove,
    long Revision)
{
    /// <summary>How many cards match the criteria, over every column.</summary>
    public int MatchingCount => Columns.Sum(c => c.Cards.Count);

    /// <summary>The card with this id if the user sees it and it matches; null otherwise.</summary>
    public BoardCard? Find(Guid opportunityId) =>
        Columns.SelectMany(c => c.Cards).FirstOrDefault(c => c.Id == opportunityId);
}
