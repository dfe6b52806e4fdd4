using System.Collections.Concurrent;
using Crm.Domain.Common;
using Crm.Infrastructure.Live;

namespace Crm.Infrastructure.Tests.Common;

/// <summary>
/// The real live bus with a log of every event handed to it, written before the call returns,
/// so a test can tell synchronously whether something was published.
/// </summary>
public sealed class RecordingLiveBus(ILiveBus inner) : ILiveBus
{
    private readonly ConcurrentQueue<IDomainEvent> _published = new();

    public IReadOnlyList<IDomainEvent> Published => [.. _published];

    /// <summary>What was published about one aggregate, in publish order.</summary>
    public IReadOnlyList<IDomainEvent> PublishedFor(Guid aggregateId) =>
        [.. _published.Where(e => e.AggregateId == aggregateId)];

    public void Publish(IReadOnlyList<IDomainEvent> events)
    {
        foreach (var domainEvent in events)
        {
            _published.Enqueue(domainEvent);
        }

        inner.Publish(events);
    }

    public IDisposable Subscribe(Func<IDomainEvent, CancellationToken, ValueTask> handler) =>
        inner.Subscribe(handler);
}
