using Crm.Domain.Common;
using Crm.Infrastructure.Live;

namespace Crm.Web.Tests.Activities;

/// <summary>A live bus that hands events to subscribers at once, on the publishing thread.</summary>
public sealed class ImmediateLiveBus : ILiveBus
{
    private readonly List<Func<IDomainEvent, CancellationToken, ValueTask>> _handlers = [];

    public int SubscriberCount => _handlers.Count;

    public void Publish(IReadOnlyList<IDomainEvent> events)
    {
        foreach (var handler in _handlers.ToList())
        {
            foreach (var domainEvent in events)
            {
                handler(domainEvent, CancellationToken.None).AsTask().GetAwaiter().GetResult();
            }
        }
    }

    public IDisposable Subscribe(Func<IDomainEvent, CancellationToken, ValueTask> handler)
    {
        _handlers.Add(handler);

        return new Unsubscriber(() => _handlers.Remove(handler));
    }

    private sealed class Unsubscriber(Action dispose) : IDisposable
    {
        public void Dispose() => dispose();
    }
}
