using System.Collections.Concurrent;
using Crm.Domain.Common;
using Microsoft.Extensions.Logging;

namespace Crm.Infrastructure.Live;

internal sealed class LiveBus(ILogger<LiveBus> logger) : ILiveBus
{
    private readonly ConcurrentDictionary<LiveSubscription, byte> _subscriptions = new();

    public void Publish(IReadOnlyList<IDomainEvent> events)
    {
        foreach (var subscription in _subscriptions.Keys)
        {
            subscription.Enqueue(events);
        }
    }

    public IDisposable Subscribe(Func<IDomainEvent, CancellationToken, ValueTask> handler)
    {
        var subscription = new LiveSubscription(handler, logger, s => _subscriptions.TryRemove(s, out _));
        _subscriptions.TryAdd(subscription, 0);

        return subscription;
    }
}
