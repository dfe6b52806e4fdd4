using Crm.Domain.Common;
using Crm.Domain.Currencies;
using Crm.Domain.Customers;
using Crm.Domain.Pipeline;

namespace Crm.Infrastructure.Pipeline.Board;

internal sealed partial class BoardSnapshotStore
{
    private static Guid? PipelineOf(IDomainEvent domainEvent) => domainEvent switch
    {
        OpportunityCreated e => e.PipelineId,
        OpportunityChanged e => e.PipelineId,
        OpportunityStageChanged e => e.PipelineId,
        OpportunityClosed e => e.PipelineId,
        OpportunityOwnerChanged e => e.PipelineId,
        OpportunityDeleted e => e.PipelineId,
        PipelineChanged e => e.AggregateId,
        _ => null,
    };

    // Rates and accounts touch every loaded board; the rest names its pipeline.
    private IEnumerable<PipelineBoardState> StatesConcerned(IDomainEvent domainEvent) =>
        domainEvent is ExchangeRateSet or AccountDeleted or AccountChanged
            ? _states.Values
            : PipelineOf(domainEvent) is { } id && _states.TryGetValue(id, out var state) ? [state] : [];

    private Task<(BoardSnapshot, BoardChange)?> ApplyAsync(
        PipelineBoardState state, BoardSnapshot snapshot, IDomainEvent domainEvent,
        CancellationToken cancellationToken) => domainEvent switch
    {
        PipelineChanged changed => ApplyPipelineAsync(snapshot, changed, cancellationToken),
        ExchangeRateSet => ReloadRatesAsync(state, snapshot, cancellationToken),
        AccountDeleted deleted => Task.FromResult(Everything(snapshot.WithoutAccount(deleted.AggregateId))),
        AccountChanged changed => ApplyAccountAsync(snapshot, changed.AggregateId, cancellationToken),
        _ => ApplyOpportunityAsync(state, snapshot, domainEvent, cancellationToken),
    };

    private async Task<(BoardSnapshot, BoardChange)?> ApplyOpportunityAsync(
        PipelineBoardState state, BoardSnapshot snapshot, IDomainEvent domainEvent,
        CancellationToken cancellationToken)
    {
        var id = domainEvent.AggregateId;
        var held = snapshot.Cards.GetValueOrDefault(id);
        if (held is not null && domainEvent.Version <= held.Version)
        {
            BoardLog.Stale(
                _logger, snapshot.PipelineId, domainEvent.GetType().Name, id, domainEvent.Version, held.Version);
            return null;
        }

        if (await FreshRatesAsync(state, snapshot, cancellationToken) is { } refreshed)
        {
            snapshot = refreshed.Item1;
        }

        // A deleted opportunity needs no read: it leaves every board.
        var card = domainEvent is OpportunityDeleted
            ? null
            : await _reader.CardAsync(id, snapshot.Converter, cancellationToken);
        if (card is not null && held is not null && card.Version <= held.Version)
        {
            return null;
        }

        return Applied(snapshot, held, card);
    }

    private (BoardSnapshot, BoardChange)? Applied(BoardSnapshot snapshot, BoardCard? held, BoardCard? card)
    {
        var change = new BoardChange(held?.OwnerId, card?.OwnerId);
        if (card is not null && snapshot.Belongs(card))
        {
            BoardLog.CardApplied(_logger, snapshot.PipelineId, card.Id, card.Version);
            return (snapshot.With(card), change);
        }

        if (held is null)
        {
            return null;
        }

        BoardLog.CardRemoved(_logger, snapshot.PipelineId, held.Id);

        return (snapshot.Without(held.Id), change);
    }

    private async Task<(BoardSnapshot, BoardChange)?> ApplyPipelineAsync(
        BoardSnapshot snapshot, PipelineChanged changed, CancellationToken cancellationToken)
    {
        if (changed.Version <= snapshot.PipelineVersion
            || await _reader.PipelineAsync(snapshot.PipelineId, cancellationToken) is not { } pipeline)
        {
            return null;
        }

        BoardLog.ColumnsReloaded(_logger, snapshot.PipelineId, pipeline.Version);

        return Everything(snapshot.WithPipeline(pipeline));
    }

    // A renamed account shows its new name on its cards: one read of its cards on this board.
    private async Task<(BoardSnapshot, BoardChange)?> ApplyAccountAsync(
        BoardSnapshot snapshot, Guid accountId, CancellationToken cancellationToken)
    {
        if (!snapshot.Cards.Values.Any(c => c.AccountId == accountId))
        {
            return null;
        }

        var cards = await _reader.CardsOfAccountAsync(
            snapshot.PipelineId, accountId, snapshot.Converter, cancellationToken);
        var updated = cards.Aggregate(snapshot.WithoutAccount(accountId), (s, card) => s.With(card));

        return Everything(updated);
    }

    private static (BoardSnapshot, BoardChange)? Everything(BoardSnapshot snapshot) =>
        (snapshot, BoardChange.Everything);
}
