using System.Collections.Immutable;

namespace Crm.Web.Displays.Wall;

/// <summary>
/// One timer for every wall display on this server: each beat tells the open screens to show
/// the browser they are still alive, which is how a TV tells a quiet hour from a dead link.
/// A thousand displays cost one timer and a thousand tiny messages every ten seconds.
/// </summary>
internal sealed class WallHeartbeat : IDisposable
{
    /// <summary>How often screens beat; the browser calls a screen stale after three missed beats.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(10);

    private readonly Lock _lock = new();
    private readonly ITimer _timer;
    private ImmutableArray<Action> _listeners = [];

    public WallHeartbeat(TimeProvider clock)
    {
        _timer = clock.CreateTimer(_ => Beat(), null, Interval, Interval);
    }

    /// <summary>Calls <paramref name="onBeat"/> on a pool thread every beat; it must only schedule work.</summary>
    public IDisposable Subscribe(Action onBeat)
    {
        lock (_lock)
        {
            _listeners = _listeners.Add(onBeat);
        }

        return new Listener(this, onBeat);
    }

    public void Dispose() => _timer.Dispose();

    private void Beat()
    {
        foreach (var listener in _listeners)
        {
            listener();
        }
    }

    private void Remove(Action onBeat)
    {
        lock (_lock)
        {
            _listeners = _listeners.Remove(onBeat);
        }
    }

    private sealed class Listener(WallHeartbeat owner, Action onBeat) : IDisposable
    {
        public void Dispose() => owner.Remove(onBeat);
    }
}
