using System.Collections.Immutable;
using Crm.Domain.Common;
using Crm.Domain.Currencies;
using Crm.Domain.Pipeline;

namespace Crm.Infrastructure.Pipeline.Board;

/// <summary>
/// One pipeline's board as it stands, for every team at once: its columns, every card it holds
/// (open opportunities and those closed on or after <see cref="ClosedSince"/>) and the rates
/// their base amounts were converted with. Immutable: a change makes a new snapshot, so a
/// reader never sees half of one.
/// </summary>
internal sealed record BoardSnapshot(
    Guid PipelineId,
    int PipelineVersion,
    string PipelineName,
    IReadOnlyList<BoardColumn> Columns,
    ImmutableDictionary<Guid, BoardCard> Cards,
    CurrencyConverter Converter,
    DateOnly ClosedSince,
    long Revision)
{
    public string BaseCurrency => Converter.BaseCurrency;

    /// <summary>Whether the board holds this opportunity as it now is.</summary>
    public bool Belongs(BoardCard card) =>
        card.PipelineId == PipelineId && (card.Status == OpportunityStatus.Open || card.ClosedOn >= ClosedSince);

    /// <summary>The card replaced, added or, when it no longer belongs, taken off.</summary>
    public BoardSnapshot With(BoardCard card) =>
        Belongs(card) ? Next(Cards.SetItem(card.Id, card)) : Without(card.Id);

    public BoardSnapshot Without(Guid opportunityId) =>
        Cards.ContainsKey(opportunityId) ? Next(Cards.Remove(opportunityId)) : this;

    public BoardSnapshot WithoutAccount(Guid accountId)
    {
        var gone = Cards.Values.Where(c => c.AccountId == accountId).Select(c => c.Id).ToList();

        return gone.Count == 0 ? this : Next(Cards.RemoveRange(gone));
    }

    public BoardSnapshot WithPipeline(PipelineView pipeline) =>
        this with
        {
            PipelineVersion = pipeline.Version,
            PipelineName = pipeline.Name,
            Columns = ColumnsOf(pipeline),
            Revision = Revision + 1,
        };

    /// <summary>
    /// Base amounts converted again with new rates (or a new day), and closed cards dropped that
    /// fell out of the window <paramref name="closedSince"/>.
    /// </summary>
    public BoardSnapshot WithRates(CurrencyConverter converter, DateOnly closedSince)
    {
        var cards = Cards.Values
            .Where(c => c.Status == OpportunityStatus.Open || c.ClosedOn >= closedSince)
            .Select(c => Converted(c, converter))
            .ToImmutableDictionary(c => c.Id);

        return this with { Cards = cards, Converter = converter, ClosedSince = closedSince, Revision = Revision + 1 };
    }

    public static IReadOnlyList<BoardColumn> ColumnsOf(PipelineView pipeline) =>
    [
        .. pipeline.Stages.Where(s => !s.IsRetired)
            .Select(s => new BoardColumn(s.Id, s.Name, s.Outcome, s.Category, s.DefaultProbability)),
    ];

    /// <summary>The card's base and weighted amounts by the conversion rule of docs/money.md.</summary>
    public static BoardCard Converted(BoardCard card, CurrencyConverter converter)
    {
        var opportunity = card.Opportunity;
        var inBase = converter.TryToBase(opportunity.Amount, card.ClosedOn);
        var weighted = inBase is { } amount ? Probability.Weigh(amount, opportunity.Probability) : (Money?)null;

        return card with { Opportunity = opportunity with { AmountInBase = inBase, WeightedInBase = weighted } };
    }

    private BoardSnapshot Next(ImmutableDictionary<Guid, BoardCard> cards) =>
        this with { Cards = cards, Revision = Revision + 1 };
}
