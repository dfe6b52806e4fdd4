using System.Threading.Channels;
using Crm.Domain.Common;
using Microsoft.Extensions.Logging;

namespace Crm.Infrastructure.Live;

internal sealed class LiveSubscription : IDisposable
{
    private const int QueueLimit = 1000;

    private readonly Channel<IDomainEvent> _queue = Channel.CreateBounded<IDomainEvent>(
        new BoundedChannelOptions(QueueLimit) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });

    private readonly CancellationTokenSource _stop = new();
    private readonly Func<IDomainEvent, CancellationToken, ValueTask> _handler;
    private readonly ILogger _logger;
    private readonly Action<LiveSubscription> _onDispose;

    public LiveSubscription(
        Func<IDomainEvent, CancellationToken, ValueTask> handler, ILogger logger, Action<LiveSubscription> onDispose)
    {
        _handler = handler;
        _logger = logger;
        _onDispose = onDispose;
        _ = Task.Run(DeliverAsync);
    }

    public void Enqueue(IReadOnlyList<IDomainEvent> events)
    {
        foreach (var domainEvent in events)
        {
            _queue.Writer.TryWrite(domainEvent);
        }
    }

    public void Dispose()
    {
        _onDispose(this);
        _queue.Writer.TryComplete();
        _stop.Cancel();
    }

    private async Task DeliverAsync()
    {
        try
        {
            await foreach (var domainEvent in _queue.Reader.ReadAllAsync(_stop.Token))
            {
                await HandleAsync(domainEvent);
            }
        }
        catch (OperationCanceledException)
        {
            // Disposed while waiting: nothing left to deliver.
        }
    }

    private async Task HandleAsync(IDomainEvent domainEvent)
    {
        try
        {
            await _handler(domainEvent, _stop.Token);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LiveLog.SubscriberFailed(_logger, ex, domainEvent.GetType().Name);
        }
    }
}
