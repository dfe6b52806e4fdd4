using Crm.Domain.Currencies;
using Crm.Infrastructure.Pipeline;
using Crm.Infrastructure.Pipeline.Board;

namespace Crm.Infrastructure.Tests.Pipeline.Board;

/// <summary>The real reader, counting the card reads the store makes after its first load.</summary>
internal sealed class CountingBoardReader(BoardReader inner) : IBoardReader
{
    private int _cardReads;

    /// <summary>Reads of single cards or of an account's cards: what live events cost.</summary>
    public int CardReads => Volatile.Read(ref _cardReads);

    public Task<PipelineView?> PipelineAsync(Guid pipelineId, CancellationToken cancellationToken) =>
        inner.PipelineAsync(pipelineId, cancellationToken);

    public Task<CurrencyConverter> ConverterAsync(CancellationToken cancellationToken) =>
        inner.ConverterAsync(cancellationToken);

    public Task<IReadOnlyList<BoardCard>> CardsAsync(
        Guid pipelineId, DateOnly closedSince, CurrencyConverter converter, CancellationToken cancellationToken) =>
        inner.CardsAsync(pipelineId, closedSince, converter, cancellationToken);

    public Task<BoardCard?> CardAsync(
        Guid opportunityId, CurrencyConverter converter, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _cardReads);

        return inner.CardAsync(opportunityId, converter, cancellationToken);
    }

    public Task<IReadOnlyList<BoardCard>> CardsOfAccountAsync(
        Guid pipelineId, Guid accountId, CurrencyConverter converter, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _cardReads);

        return inner.CardsOfAccountAsync(pipelineId, accountId, converter, cancellationToken);
    }
}
