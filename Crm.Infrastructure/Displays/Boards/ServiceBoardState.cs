using System.Collections.Immutable;
using Crm.Infrastructure.Tickets.Workspace;
using Microsoft.Extensions.Logging;

namespace Crm.Infrastructure.Displays.Boards;

/// <summary>
/// One shared board: the newest state, the screens holding it, the team snapshot it reads and
/// its rebuilds. A change only marks the board dirty; one rebuild at a time runs after a short
/// pause that gathers a burst, and a change during a rebuild brings one more.
/// </summary>
internal sealed class ServiceBoardState(
    ServiceBoardScope scope, Func<ServiceBoardState, CancellationToken, Task> rebuild, ILogger logger,
    CancellationToken stopping)
{
    // Wall time on purpose, not the injected clock: a burst is gathered on this machine's time,
    // and a test's fake clock that stands still must not hold the boards back.
    private static readonly TimeSpan Burst = TimeSpan.FromMilliseconds(250);

    private readonly Lock _lock = new();
    private ImmutableArray<ServiceBoardWatch> _watches = [];
    private IWorkspaceFeed? _feed;
    private volatile ServiceBoard? _current;
    private volatile bool _dropped;
    private int _dirty;
    private int _running;
    private int _agentsStale;

    public ServiceBoardScope Scope => scope;

    /// <summary>The first build: the scope checked, the snapshot held and the first state published.</summary>
    public Task Ready { get; private set; } = Task.CompletedTask;

    /// <summary>Whether the last screen let go; a dropped board is never built again.</summary>
    public bool IsDropped => _dropped;

    /// <summary>Null until the first build finished.</summary>
    public ServiceBoard? Current => _current;

    /// <summary>The team's snapshot, held while the board lives.</summary>
    public IWorkspaceFeed Feed => _feed ?? throw new InvalidOperationException("The board is not built yet.");

    /// <summary>The team's members as last read.</summary>
    public ImmutableArray<ServiceAgent> Agents { get; set; } = [];

    /// <summary>Called once, right after the board is registered.</summary>
    public void Start(Func<ServiceBoardState, Task> build) => Ready = Task.Run(() => build(this), stopping);

    /// <summary>Holds <paramref name="feed"/>; a board dropped meanwhile lets go of it at once.</summary>
    public void Attach(IWorkspaceFeed feed)
    {
        lock (_lock)
        {
            if (!_dropped)
            {
                _feed = feed;
                return;
            }
        }

        feed.Dispose();
    }

    /// <summary>Adds a screen; returns the number of screens now.</summary>
    public int Add(ServiceBoardWatch watch)
    {
        lock (_lock)
        {
            _watches = _watches.Add(watch);

            return _watches.Length;
        }
    }

    /// <summary>Takes a screen off; returns the number of screens left.</summary>
    public int Remove(ServiceBoardWatch watch)
    {
        lock (_lock)
        {
            _watches = _watches.Remove(watch);

            return _watches.Length;
        }
    }

    /// <summary>The last screen let go: stops rebuilding and lets go of the team's snapshot.</summary>
    public void Drop()
    {
        IWorkspaceFeed? feed;
        lock (_lock)
        {
            _dropped = true;
            (feed, _feed) = (_feed, null);
        }

        feed?.Dispose();
    }

    /// <summary>The team's members changed: the next rebuild reads them again.</summary>
    public void MarkAgentsStale() => Volatile.Write(ref _agentsStale, 1);

    /// <summary>Whether the members must be read again; clears the mark.</summary>
    public bool TakeAgentsStale() => Interlocked.Exchange(ref _agentsStale, 0) == 1;

    /// <summary>Sets the first state: nobody is told, the screens waiting read it from their watch.</summary>
    public void Publish(ServiceBoard board) => _current = board;

    /// <summary>Makes <paramref name="board"/> the newest and tells every screen.</summary>
    public void PublishAndTell(ServiceBoard board)
    {
        _current = board;
        var watches = _watches;
        ServiceBoardsLog.Published(logger, scope.TeamId, scope.QueueId, watches.Length);
        foreach (var watch in watches)
        {
            try
            {
                watch.Tell();
            }
            catch (Exception error)
            {
                ServiceBoardsLog.WatcherFailed(logger, error, scope.TeamId, scope.QueueId);
            }
        }
    }

    /// <summary>Something the board shows changed: rebuilds soon; returns at once.</summary>
    public void Schedule()
    {
        if (_dropped)
        {
            return;
        }

        Volatile.Write(ref _dirty, 1);
        if (Interlocked.CompareExchange(ref _running, 1, 0) == 0)
        {
            _ = Task.Run(RunAsync, CancellationToken.None);
        }
    }

    private async Task RunAsync()
    {
        do
        {
            try
            {
                await Ready;
                await Task.Delay(Burst, stopping);
                Volatile.Write(ref _dirty, 0);
                if (!_dropped)
                {
                    await rebuild(this, stopping);
                }
            }
            catch (Exception)
            {
                // The first build failed (its watchers were told) or the boards are disposed:
                // there is nothing to rebuild. A failed rebuild is logged where it ran.
                Volatile.Write(ref _running, 0);
                return;
            }

            Volatile.Write(ref _running, 0);
        }
        while (Volatile.Read(ref _dirty) == 1 && !_dropped
               && Interlocked.CompareExchange(ref _running, 1, 0) == 0);
    }
}
