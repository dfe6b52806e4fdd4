using System.Collections.Concurrent;
using System.Collections.Immutable;
using Crm.Infrastructure.Visibility;
using Microsoft.Extensions.Logging;

namespace Crm.Infrastructure.Pipeline.Board;

/// <summary>
/// One pipeline's place in the store: the newest snapshot, the feeds watching it and a gate
/// that lets one change (or the first load) run at a time. Readers never take the gate: they
/// read <see cref="Current"/>, which is swapped whole.
/// </summary>
internal sealed class PipelineBoardState(Guid pipelineId, ILogger logger)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Lock _feedsLock = new();
    private ImmutableArray<BoardFeed> _feeds = [];
    private volatile BoardSnapshot? _current;
    private const int MaxCachedViews = 256;

    private volatile ViewCache _views = new(0);

    public Guid PipelineId => pipelineId;

    /// <summary>Null until the first load finished.</summary>
    public BoardSnapshot? Current => _current;

    /// <summary>When the snapshot's rates were loaded; guarded by the gate.</summary>
    public DateTimeOffset RatesLoadedAt { get; set; }

    public int FeedCount => _feeds.Length;

    /// <summary>The feeds open now.</summary>
    public IReadOnlyList<BoardFeed> Feeds => _feeds;

    public void Add(BoardFeed feed)
    {
        lock (_feedsLock)
        {
            _feeds = _feeds.Add(feed);
        }
    }

    public void Remove(BoardFeed feed)
    {
        lock (_feedsLock)
        {
            _feeds = _feeds.Remove(feed);
        }
    }

    /// <summary>
    /// The view of <paramref name="snapshot"/> for one scope and criteria, built once per
    /// snapshot however many feeds share that scope: a team's reps all read the same board.
    /// </summary>
    public BoardView ViewFor(
        BoardSnapshot snapshot, string scopeKey, OpportunityAccess access, BoardCriteria criteria)
    {
        var views = _views;
        if (views.Revision != snapshot.Revision)
        {
            views = new ViewCache(snapshot.Revision);
            _views = views;
        }

        // A snapshot that stays current for long while many searches are typed stops caching
        // new ones rather than growing without bound; the next change starts afresh.
        return views.Views.Count < MaxCachedViews
            ? views.Views.GetOrAdd((scopeKey, criteria), _ => BoardViews.Build(snapshot, access, criteria))
            : views.Views.GetValueOrDefault((scopeKey, criteria)) ?? BoardViews.Build(snapshot, access, criteria);
    }

    /// <summary>
    /// Runs <paramref name="change"/> on the current snapshot (null before the first load) with
    /// the gate held; when it returns a new snapshot, that becomes current and every feed whose
    /// user it concerns is told.
    /// </summary>
    public async Task ChangeAsync(
        Func<BoardSnapshot?, Task<(BoardSnapshot Snapshot, BoardChange Change)?>> change,
        CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (await change(_current) is { } result && !ReferenceEquals(result.Snapshot, _current))
            {
                _current = result.Snapshot;
                Publish(result.Change);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    private sealed record ViewCache(long Revision)
    {
        public ConcurrentDictionary<(string Scope, BoardCriteria Criteria), BoardView> Views { get; } = new();
    }

    private void Publish(BoardChange change)
    {
        foreach (var feed in _feeds)
        {
            try
            {
                feed.Notify(change);
            }
            catch (Exception error)
            {
                BoardLog.SubscriberFailed(logger, error, pipelineId);
            }
        }
    }
}
