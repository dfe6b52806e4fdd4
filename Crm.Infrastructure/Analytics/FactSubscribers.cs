using System.Collections.Immutable;
using Microsoft.Extensions.Logging;

namespace Crm.Infrastructure.Analytics;

/// <summary>
/// The subscribers of one fact table and the telling of them. One worker at most tells them,
/// on a pool thread, never on the caller's or the store's loop: tables published while it runs
/// are told in one more round, so every subscriber hears of the newest table however fast
/// tables come, and a burst costs a few calls, not one per table.
/// </summary>
internal sealed class FactSubscribers(ILogger logger, Func<string> tableName)
{
    private readonly Lock _lock = new();
    private ImmutableArray<Action> _subscribers = [];
    private int _unannounced;
    private int _announcing;

    public IDisposable Add(Action onChanged)
    {
        ArgumentNullException.ThrowIfNull(onChanged);
        lock (_lock)
        {
            _subscribers = _subscribers.Add(onChanged);
        }

        return new Subscription(this, onChanged);
    }

    /// <summary>A newer table is out: tells every subscriber soon, returns at once.</summary>
    public void Announce()
    {
        Volatile.Write(ref _unannounced, 1);
        if (Interlocked.Exchange(ref _announcing, 1) == 0)
        {
            ThreadPool.QueueUserWorkItem(_ => Tell());
        }
    }

    private void Tell()
    {
        do
        {
            while (Interlocked.Exchange(ref _unannounced, 0) == 1)
            {
                TellEveryone();
            }

            Volatile.Write(ref _announcing, 0);
        }
        while (Volatile.Read(ref _unannounced) == 1 && Interlocked.Exchange(ref _announcing, 1) == 0);
    }

    private void TellEveryone()
    {
        foreach (var subscriber in _subscribers)
        {
            try
            {
                subscriber();
            }
            catch (Exception error)
            {
                AnalyticsLog.SubscriberFailed(logger, error, tableName());
            }
        }
    }

    private void Remove(Action onChanged)
    {
        lock (_lock)
        {
            _subscribers = _subscribers.Remove(onChanged);
        }
    }

    private sealed class Subscription(FactSubscribers owner, Action onChanged) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                owner.Remove(onChanged);
            }
        }
    }
}
