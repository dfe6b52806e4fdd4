using Crm.Infrastructure.Common;

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

    private readonly Listeners<Action> _listeners = new();
    private readonly ITimer _timer;

    public WallHeartbeat(TimeProvider clock)
    {
        _timer = clock.CreateTimer(_ => Beat(), null, Interval, Interval);
    }

    /// <summary>Calls <paramref name="onBeat"/> on a pool thread every beat; it must only schedule work.</summary>
    public IDisposable Subscribe(Action onBeat) => _listeners.Add(onBeat);

    public void Dispose() => _timer.Dispose();

    private void Beat()
    {
        foreach (var listener in _listeners.All)
        {
            listener();
        }
    }
}
