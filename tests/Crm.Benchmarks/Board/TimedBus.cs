using System.Diagnostics;
using Crm.Domain.Common;
using Crm.Infrastructure.Live;

namespace Crm.Benchmarks.Board;

/// <summary>The real bus, noting when the last batch of events was handed to it.</summary>
internal sealed class TimedBus(ILiveBus inner) : ILiveBus
{
    private long _publishedAt;

    public long PublishedAt => Interlocked.Read(ref _publishedAt);

    public void Publish(IReadOnlyList<IDomainEvent> events)
    {
        Interlocked.Exchange(ref _publishedAt, Stopwatch.GetTimestamp());
        inner.Publish(events);
    }

    public IDisposable Subscribe(Func<IDomainEvent, CancellationToken, ValueTask> handler) =>
        inner.Subscribe(handler);
}
