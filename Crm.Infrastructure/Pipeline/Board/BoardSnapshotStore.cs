using System.Collections.Concurrent;
using System.Diagnostics;
using Crm.Domain.Common;
using Crm.Domain.Teams;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Live;
using Crm.Infrastructure.Visibility;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Crm.Infrastructure.Pipeline.Board;

/// <summary>
/// The shared board of every pipeline someone has opened, kept current from the live bus: a
/// pipeline is read from the database when its first feed opens, and from then on each
/// committed opportunity event costs one read of that one card, however many boards are open.
/// Events are handled one at a time, in publish order; an event older than the card the
/// snapshot holds is ignored. Loaded pipelines stay loaded for the life of the process (a
/// company has a handful), so reopening a board costs no query.
/// </summary>
internal sealed partial class BoardSnapshotStore : IDisposable
{
    private static readonly Task<(BoardSnapshot, BoardChange)?> NoChange =
        Task.FromResult<(BoardSnapshot, BoardChange)?>(null);

    private readonly ConcurrentDictionary<Guid, PipelineBoardState> _states = new();
    private readonly IBoardReader _reader;
    private readonly BoardOptions _options;
    private readonly TimeProvider _clock;
    private readonly ILogger<BoardSnapshotStore> _logger;
    private readonly IDisposable _subscription;

    public BoardSnapshotStore(
        ILiveBus bus, IBoardReader reader, IOptions<BoardOptions> options, TimeProvider clock,
        ILogger<BoardSnapshotStore> logger)
    {
        (_reader, _options, _clock, _logger) = (reader, options.Value, clock, logger);
        // Subscribed before any pipeline is loaded, so no event can fall between a load and the feed.
        _subscription = bus.Subscribe(OnEventAsync);
    }

    /// <summary>
    /// Starts a feed of <paramref name="pipelineId"/> for a user with <paramref name="access"/>,
    /// loading the pipeline first if nobody has opened it yet; <paramref name="rescope"/> reads
    /// that user's access again when teams change. <paramref name="onChanged"/> runs
    /// on the store's thread after each snapshot that concerns the user, and must return at once.
    /// Throws <see cref="NotFoundException"/> for an unknown pipeline.
    /// </summary>
    public async Task<BoardFeed> OpenAsync(
        Guid pipelineId, OpportunityAccess access, Func<CancellationToken, Task<OpportunityAccess>> rescope,
        Action onChanged, CancellationToken cancellationToken)
    {
        var state = _states.GetOrAdd(pipelineId, id => new PipelineBoardState(id, _logger));
        var feed = new BoardFeed(state, access, rescope, onChanged);
        state.Add(feed);
        try
        {
            await state.ChangeAsync(
                s => s is null ? LoadAsync(state, cancellationToken) : FreshRatesAsync(state, s, cancellationToken),
                cancellationToken);
        }
        catch
        {
            Forget(state, feed);
            throw;
        }

        if (state.Current is null)
        {
            Forget(state, feed);
            throw new NotFoundException("Pipeline", pipelineId);
        }

        return feed;
    }

    public void Dispose() => _subscription.Dispose();

    // An id that names no pipeline (or a load that failed) leaves nothing behind to keep current.
    private void Forget(PipelineBoardState state, BoardFeed feed)
    {
        feed.Dispose();
        if (state.Current is null && state.FeedCount == 0)
        {
            _states.TryRemove(new KeyValuePair<Guid, PipelineBoardState>(state.PipelineId, state));
        }
    }

    /// <summary>The snapshot a pipeline's feeds read now; null when nobody opened it.</summary>
    internal BoardSnapshot? Current(Guid pipelineId) => _states.GetValueOrDefault(pipelineId)?.Current;

    private async Task<(BoardSnapshot, BoardChange)?> LoadAsync(
        PipelineBoardState state, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        if (await _reader.PipelineAsync(state.PipelineId, cancellationToken) is not { } pipeline)
        {
            return null;
        }

        var converter = await _reader.ConverterAsync(cancellationToken);
        var since = _options.ClosedSince(converter.Today);
        var cards = await _reader.CardsAsync(state.PipelineId, since, converter, cancellationToken);
        var snapshot = BoardSnapshot.Create(pipeline, cards, converter, since);
        state.RatesLoadedAt = _clock.GetUtcNow();
        var elapsed = (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        BoardLog.Loaded(_logger, state.PipelineId, cards.Count, elapsed);

        return (snapshot, BoardChange.Nobody);
    }

    // The rates (and the organisation's today that picks them) are reloaded once they are old,
    // on the next event or board opened: no timer runs for this.
    private async Task<(BoardSnapshot, BoardChange)?> FreshRatesAsync(
        PipelineBoardState state, BoardSnapshot snapshot, CancellationToken cancellationToken)
    {
        if (_clock.GetUtcNow() - state.RatesLoadedAt < _options.RatesMaxAge)
        {
            return null;
        }

        return await ReloadRatesAsync(state, snapshot, cancellationToken);
    }

    private async Task<(BoardSnapshot, BoardChange)?> ReloadRatesAsync(
        PipelineBoardState state, BoardSnapshot snapshot, CancellationToken cancellationToken)
    {
        var converter = await _reader.ConverterAsync(cancellationToken);
        var since = _options.ClosedSince(converter.Today);
        state.RatesLoadedAt = _clock.GetUtcNow();
        BoardLog.RatesReloaded(_logger, state.PipelineId, since);

        return (snapshot.WithRates(converter, since), BoardChange.Everything);
    }

    private async ValueTask OnEventAsync(IDomainEvent domainEvent, CancellationToken cancellationToken)
    {
        if (domainEvent is UserMovedToTeam or TeamManagerChanged)
        {
            await RescopeAllAsync(cancellationToken);
            return;
        }

        foreach (var state in StatesConcerned(domainEvent))
        {
            try
            {
                // A pipeline still loading is skipped: its load reads what this event committed.
                await state.ChangeAsync(
                    s => s is null ? NoChange : ApplyAsync(state, s, domainEvent, cancellationToken),
                    cancellationToken);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                BoardLog.ApplyFailed(_logger, error, state.PipelineId, domainEvent.GetType().Name);
            }
        }
    }

    // Who sees whose cards follows the teams; team changes are rare, so every feed reads its
    // user's scope again rather than the store working out whom the change reaches.
    private async Task RescopeAllAsync(CancellationToken cancellationToken)
    {
        foreach (var feed in _states.Values.SelectMany(s => s.Feeds))
        {
            try
            {
                await feed.RescopeAsync(cancellationToken);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                BoardLog.RescopeFailed(_logger, error, feed.PipelineId);
            }
        }
    }
}
