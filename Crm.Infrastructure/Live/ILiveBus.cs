using Crm.Domain.Common;

namespace Crm.Infrastructure.Live;

/// <summary>
/// The in-process fan-out of committed domain events. Publishing never blocks on a slow
/// subscriber: each subscriber has its own bounded queue, and when it is full the oldest
/// event is dropped for that subscriber only.
/// </summary>
public interface ILiveBus
{
    /// <summary>Hands committed events to every subscriber's queue; returns at once.</summary>
    void Publish(IReadOnlyList<IDomainEvent> events);

    /// <summary>
    /// Starts delivering events to <paramref name="handler"/> one at a time, in publish order,
    /// until the returned handle is disposed. A handler that throws is logged and kept.
    /// </summary>
    IDisposable Subscribe(Func<IDomainEvent, CancellationToken, ValueTask> handler);
}
