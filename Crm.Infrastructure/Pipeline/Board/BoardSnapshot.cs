using System.Collections.Immutable;
using Crm.Domain.Common;
using Crm.Domain.Currencies;
using Crm.Domain.Pipeline;

namespace Crm.Infrastructure.Pipeline.Board;

/// <summary>
/// One pipeline's board as it stands, for every team at once: its columns, every card it holds
/// (open opportunities and those closed on or after <see cref="ClosedSince"/>) by id and by
/// owner, and the rates their base amounts were converted with. Immutable: a change makes a new
/// snapshot in O(log n), so a reader never sees half of one, and a user's view reads only the
/// owners in their scope instead of walking every card.
/// </summary>
internal sealed record BoardSnapshot(
    Guid PipelineId,
    int PipelineVersion,
    string PipelineName,
    IReadOnlyList<BoardColumn> Columns,
    ImmutableDictionary<Guid, BoardCard> Cards,
    ImmutableDictionary<Guid, ImmutableDictionary<Guid, BoardCard>> ByOwner,
    CurrencyConverter Converter,
    DateOnly ClosedSince,
    long Revision)
{
    public string BaseCurrency => Converter.BaseCurrency;

    public static BoardSnapshot Create(
        PipelineView pipeline, IEnumerable<BoardCard> cards, CurrencyConverter converter, DateOnly closedSince,
        long revision = 1)
    {
        var all = cards.ToList();

        return new BoardSnapshot(
            pipeline.Id, pipeline.Version, pipeline.Name, ColumnsOf(pipeline), all.ToImmutableDictionary(c => c.Id),
            GroupByOwner(all), converter, closedSince, revision);
    }

    /// <summary>The cards of these owners (or of everyone), in no particular order.</summary>
    public IEnumerable<BoardCard> CardsOf(Visibility.VisibilityScope scope) =>
        scope.SeesAll
            ? Cards.Values
            : scope.OwnerIds.Distinct().SelectMany(owner => ByOwner.GetValueOrDefault(owner)?.Values ?? []);

    /// <summary>Whether the board holds this opportunity as it now is.</summary>
    public bool Belongs(BoardCard card) =>
        card.PipelineId == PipelineId && (card.Status == OpportunityStatus.Open || card.ClosedOn >= ClosedSince);

    /// <summary>The card replaced, added or, when it no longer belongs, taken off.</summary>
    public BoardSnapshot With(BoardCard card)
    {
        if (!Belongs(card))
        {
            return Without(card.Id);
        }

        var byOwner = Cards.TryGetValue(card.Id, out var held) ? Unfiled(ByOwner, held) : ByOwner;
        var bucket = byOwner.GetValueOrDefault(card.OwnerId) ?? ImmutableDictionary<Guid, BoardCard>.Empty;

        return Next(Cards.SetItem(card.Id, card), byOwner.SetItem(card.OwnerId, bucket.SetItem(card.Id, card)));
    }

    public BoardSnapshot Without(Guid opportunityId) =>
        Cards.TryGetValue(opportunityId, out var held)
            ? Next(Cards.Remove(opportunityId), Unfiled(ByOwner, held))
            : this;

    public BoardSnapshot WithoutAccount(Guid accountId)
    {
        var gone = Cards.Values.Where(c => c.AccountId == accountId).ToList();

        return gone.Aggregate(this, (snapshot, card) => snapshot.Without(card.Id));
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
            .ToList();

        return this with
        {
            Cards = cards.ToImmutableDictionary(c => c.Id),
            ByOwner = GroupByOwner(cards),
            Converter = converter,
            ClosedSince = closedSince,
            Revision = Revision + 1,
        };
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

    private static ImmutableDictionary<Guid, ImmutableDictionary<Guid, BoardCard>> GroupByOwner(
        IEnumerable<BoardCard> cards) =>
        cards.GroupBy(c => c.OwnerId).ToImmutableDictionary(g => g.Key, g => g.ToImmutableDictionary(c => c.Id));

    private static ImmutableDictionary<Guid, ImmutableDictionary<Guid, BoardCard>> Unfiled(
        ImmutableDictionary<Guid, ImmutableDictionary<Guid, BoardCard>> byOwner, BoardCard card)
    {
        var bucket = byOwner.GetValueOrDefault(card.OwnerId)?.Remove(card.Id);

        return bucket is null || bucket.IsEmpty ? byOwner.Remove(card.OwnerId) : byOwner.SetItem(card.OwnerId, bucket);
    }

    private BoardSnapshot Next(
        ImmutableDictionary<Guid, BoardCard> cards,
        ImmutableDictionary<Guid, ImmutableDictionary<Guid, BoardCard>> byOwner) =>
        this with { Cards = cards, ByOwner = byOwner, Revision = Revision + 1 };
}
