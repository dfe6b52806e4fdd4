using System.Diagnostics;
using Crm.Domain.Analytics;
using Crm.Domain.Common;
using Crm.Infrastructure.Analytics;
using Microsoft.Extensions.Logging;

namespace Crm.Infrastructure.Displays.Boards.Sales;

/// <summary>
/// One held sales board: its screens, its newest build, and the changes it waits for. A change
/// schedules a rebuild a moment later, so a burst costs one build; builds of one board run one at
/// a time. A committed opportunity change is built only once the fact table holds it (or after
/// <see cref="Patience"/>, if it never does), so the screens do not get a board without it first.
/// </summary>
internal sealed class SalesBoardState(
    SalesBoardScope scope, IOpportunityFacts facts, SalesBoardBuilder builder, Action<SalesBoardBuild> onBuilt,
    ILogger logger) : IDisposable
{
    /// <summary>How long changes are gathered before a rebuild: a burst of events costs one build.</summary>
    public static readonly TimeSpan Coalesce = TimeSpan.FromMilliseconds(250);

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan Retry = TimeSpan.FromMilliseconds(500);

    private readonly Lock _lock = new();
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly CancellationTokenSource _stop = new();
    private readonly Dictionary<Guid, Awaited> _awaited = [];
    private readonly Dictionary<MomentKey, int> _versions = [];
    private Task<SharedBoard<SalesBoard>>? _ready;
    private SharedBoard<SalesBoard>? _board;
    private volatile SalesBoardBuild? _last;
    private long _followTablesUntil;
    private int _scheduled;

    public SalesBoardScope Scope => scope;

    /// <summary>How many watches hold the board or wait for its first build; the registry counts them.</summary>
    public int Holders { get; set; }

    /// <summary>The newest build; null until the first one is done.</summary>
    public SalesBoardBuild? Last => _last;

    /// <summary>The shared board, built on the first call; every later call returns the same one.</summary>
    public Task<SharedBoard<SalesBoard>> ReadyAsync()
    {
        lock (_lock)
        {
            // Started off the lock: the build takes it again, on whatever thread it resumes.
            return _ready ??= Task.Run(BuildFirstAsync);
        }
    }

    /// <summary>
    /// An opportunity change that may concern the board: it is rebuilt once the fact table holds
    /// <paramref name="version"/> of it (or, for a deletion, no longer holds it). A moment the
    /// event names keeps its version for the feed.
    /// </summary>
    public void Await(Guid opportunityId, int version, bool deleted, MomentKey? moment)
    {
        lock (_lock)
        {
            if (!_awaited.TryGetValue(opportunityId, out var held) || held.Version < version)
            {
                _awaited[opportunityId] = new Awaited(version, deleted, Environment.TickCount64);
            }

            if (moment is { } key)
            {
                _versions[key] = version;
            }
        }

        Schedule(Coalesce);
    }

    /// <summary>
    /// A change the fact table takes in a way no version tells (rates, accounts, teams, the day):
    /// the board is rebuilt now and again after every table published in the next moments.
    /// </summary>
    public void FollowTables()
    {
        Volatile.Write(ref _followTablesUntil, Environment.TickCount64 + (long)Patience.TotalMilliseconds);
        Schedule(Coalesce);
    }

    /// <summary>A newer fact table is out: rebuilds when the board waits for one.</summary>
    public void OnTableChanged()
    {
        bool waiting;
        lock (_lock)
        {
            waiting = _awaited.Count > 0;
        }

        if (waiting || Volatile.Read(ref _followTablesUntil) > Environment.TickCount64)
        {
            Schedule(Coalesce);
        }
    }

    /// <summary>Rebuilds after <paramref name="delay"/>, unless a rebuild is already due.</summary>
    public void Schedule(TimeSpan delay)
    {
        if (_stop.IsCancellationRequested || Interlocked.Exchange(ref _scheduled, 1) == 1)
        {
            return;
        }

        _ = RunScheduledAsync(delay);
    }

    /// <summary>Stops every rebuild; the watches keep the board they read last.</summary>
    public void Dispose() => _stop.Cancel();

    private async Task<SharedBoard<SalesBoard>> BuildFirstAsync()
    {
        await _gate.WaitAsync(_stop.Token);
        try
        {
            var build = await BuildAsync(await facts.CurrentAsync(_stop.Token));
            _board = new SharedBoard<SalesBoard>(build.Board);
            _last = build;
            SalesBoardsLog.Opened(logger, scope.TeamId, scope.PipelineId, scope.Period);

            return _board;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task RunScheduledAsync(TimeSpan delay)
    {
        try
        {
            // Real time, not the injected clock: gathering a burst is no business moment.
            await Task.Delay(delay, _stop.Token);
            Volatile.Write(ref _scheduled, 0);
            await _gate.WaitAsync(_stop.Token);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        try
        {
            await RebuildLockedAsync();
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            // Dropped while building: no screen is left to show it.
        }
        catch (Exception error)
        {
            SalesBoardsLog.RebuildFailed(logger, error, scope.TeamId, scope.PipelineId, scope.Period);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task RebuildLockedAsync()
    {
        // The first build has not been asked for, or failed: nothing is shown to rebuild.
        if (_board is null)
        {
            return;
        }

        var table = await facts.CurrentAsync(_stop.Token);
        if (MustWait(table))
        {
            Schedule(Retry);
            return;
        }

        var build = await BuildAsync(table);
        _last = build;
        _board.Publish(build.Board, error =>
            SalesBoardsLog.WatcherFailed(logger, error, scope.TeamId, scope.PipelineId));
    }

    private async Task<SalesBoardBuild> BuildAsync(FactTable<OpportunityFact> table)
    {
        var started = Stopwatch.GetTimestamp();
        Dictionary<MomentKey, int> versions;
        lock (_lock)
        {
            versions = new Dictionary<MomentKey, int>(_versions);
        }

        var build = await builder.BuildAsync(scope, table, versions, _stop.Token);
        KeepVersions(build.Board);
        onBuilt(build);
        var elapsed = (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        SalesBoardsLog.Built(logger, scope.TeamId, scope.PipelineId, scope.Period, table.Sequence, elapsed);

        return build;
    }

    // Takes off what the table now holds; true while some change is still missing and not overdue.
    private bool MustWait(FactTable<OpportunityFact> table)
    {
        lock (_lock)
        {
            if (_awaited.Count == 0)
            {
                return false;
            }

            var present = new HashSet<Guid>();
            foreach (var fact in table.Rows.Where(f => _awaited.ContainsKey(f.Id)))
            {
                present.Add(fact.Id);
                if (fact.Version >= _awaited[fact.Id].Version)
                {
                    _awaited.Remove(fact.Id);
                }
            }

            var gone = _awaited.Where(a => a.Value.Deleted && !present.Contains(a.Key))
                .Select(a => a.Key).ToList();
            foreach (var id in gone)
            {
                _awaited.Remove(id);
            }

            return _awaited.Count > 0 && !GaveUpOnOverdue();
        }
    }

    // Waits while any change is recent; once all are overdue, logs them and stops waiting.
    private bool GaveUpOnOverdue()
    {
        var overdue = Environment.TickCount64 - (long)Patience.TotalMilliseconds;
        if (_awaited.Values.Any(a => a.Since > overdue))
        {
            SalesBoardsLog.Waiting(logger, scope.TeamId, scope.PipelineId, _awaited.Count);
            return false;
        }

        SalesBoardsLog.GaveUpWaiting(logger, scope.TeamId, scope.PipelineId, _awaited.Count);
        _awaited.Clear();

        return true;
    }

    // A moment keeps the version it was first shown with, however the opportunity changes later;
    // versions of moments older than the whole feed can never be shown again.
    private void KeepVersions(SalesBoard board)
    {
        lock (_lock)
        {
            foreach (var moment in board.Feed)
            {
                _versions.TryAdd(MomentKey.Of(moment.OpportunityId, moment.At), moment.Version);
            }

            if (board.Feed.Length < SalesFeed.Length)
            {
                return;
            }

            var oldest = MomentKey.Of(Guid.Empty, board.Feed[^1].At).At;
            foreach (var key in _versions.Keys.Where(k => k.At < oldest).ToList())
            {
                _versions.Remove(key);
            }
        }
    }

    private sealed record Awaited(int Version, bool Deleted, long Since);
}
