using System.Diagnostics;
using System.Threading.Channels;
using Crm.Domain.Common;
using Crm.Infrastructure.Live;
using Microsoft.Extensions.Logging;

namespace Crm.Infrastructure.Analytics;

/// <summary>
/// What both fact tables share: a load on first use, then a loop of its own that takes the
/// events the bus hands over in batches and publishes one new table per batch that changed
/// anything, and a timer that converts again at the organisation's midnight. The bus handler
/// only queues (it never waits on a read); a queue that overflows makes the loop read the whole
/// table again rather than miss a change. Tables are published whole and never changed after.
/// </summary>
internal abstract class FactStore<TFact> : IDisposable
    where TFact : class
{
    private const int QueueLimit = 10_000;
    private const int BatchLimit = 500;
    private static readonly object NewDay = new();

    private readonly Channel<object> _work = Channel.CreateBounded<object>(
        new BoundedChannelOptions(QueueLimit) { FullMode = BoundedChannelFullMode.Wait, SingleReader = true });

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly CancellationTokenSource _stop = new();
    private readonly IDisposable _subscription;
    private readonly FactSubscribers _subscribers;
    private volatile FactTable<TFact>? _current;
    private volatile bool _listening;
    private int _mustReload;
    private ITimer? _midnight;

    protected FactStore(ILiveBus bus, TimeProvider clock, ILogger logger)
    {
        (Clock, Logger) = (clock, logger);
        _subscribers = new FactSubscribers(logger, () => Name);
        // Subscribed before the first load, so no event committed after it can be missed.
        _subscription = bus.Subscribe(OnEventAsync);
    }

    protected TimeProvider Clock { get; }

    protected ILogger Logger { get; }

    /// <summary>The table's name in logs.</summary>
    protected abstract string Name { get; }

    /// <summary>The organisation's time zone, known once loaded; it decides "today".</summary>
    protected abstract TimeZoneInfo Zone { get; }

    public async ValueTask<FactTable<TFact>> CurrentAsync(CancellationToken cancellationToken = default)
    {
        var current = _current;
        if (current is not null && current.Today == Today())
        {
            return current;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_current is null)
            {
                await LoadLockedAsync(cancellationToken);
            }
            else
            {
                NewDayLocked();
            }

            return _current!;
        }
        finally
        {
            _gate.Release();
        }
    }

    public IDisposable Subscribe(Action onChanged) => _subscribers.Add(onChanged);

    public void Dispose()
    {
        _subscription.Dispose();
        _work.Writer.TryComplete();
        _stop.Cancel();
        _midnight?.Dispose();
    }

    /// <summary>Whether the table cares about the event at all; the rest are never queued.</summary>
    protected abstract bool Concerns(IDomainEvent domainEvent);

    /// <summary>Reads the whole table (and what it is converted with) from the database.</summary>
    protected abstract Task<FactTable<TFact>> LoadAsync(CancellationToken cancellationToken);

    /// <summary>Applies a batch of events, in order; null when none changed anything.</summary>
    protected abstract Task<FactTable<TFact>?> ApplyAsync(
        FactTable<TFact> current, IReadOnlyList<IDomainEvent> batch, CancellationToken cancellationToken);

    /// <summary>The table as of another organisation day <paramref name="today"/>, without a query.</summary>
    protected abstract FactTable<TFact> OnNewDay(FactTable<TFact> current, DateOnly today);

    /// <summary>The organisation's date now.</summary>
    protected DateOnly Today() =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(Clock.GetUtcNow(), Zone).DateTime);

    private ValueTask OnEventAsync(IDomainEvent domainEvent, CancellationToken cancellationToken)
    {
        // Before the first load begins, the load itself reads what the event committed.
        if (_listening && Concerns(domainEvent) && !_work.Writer.TryWrite(domainEvent))
        {
            Volatile.Write(ref _mustReload, 1);
        }

        return ValueTask.CompletedTask;
    }

    private async Task LoadLockedAsync(CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        _listening = true;
        Volatile.Write(ref _mustReload, 0);
        var table = await LoadAsync(cancellationToken);
        Publish(table);
        AnalyticsLog.Loaded(Logger, Name, table.Rows.Length, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        _ = Task.Run(RunAsync);
        ScheduleMidnight();
    }

    private void NewDayLocked()
    {
        var today = Today();
        if (_current is { } current && current.Today != today)
        {
            Publish(OnNewDay(current, today));
            AnalyticsLog.DayChanged(Logger, Name, today);
        }
    }

    private async Task RunAsync()
    {
        var reader = _work.Reader;
        try
        {
            while (await reader.WaitToReadAsync(_stop.Token))
            {
                var batch = new List<object>();
                while (batch.Count < BatchLimit && reader.TryRead(out var item))
                {
                    batch.Add(item);
                }

                await ProcessAsync(batch);
            }
        }
        catch (OperationCanceledException)
        {
            // Disposed: nothing left to keep current.
        }
    }

    private async Task ProcessAsync(List<object> batch)
    {
        var events = batch.OfType<IDomainEvent>().ToList();
        await _gate.WaitAsync(_stop.Token);
        try
        {
            await ApplyLockedAsync(events);
            NewDayLocked();
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            Volatile.Write(ref _mustReload, 1);
            AnalyticsLog.ApplyFailed(Logger, error, Name, events.Count);
        }
        finally
        {
            _gate.Release();
            if (batch.Contains(NewDay))
            {
                ScheduleMidnight();
            }
        }
    }

    private async Task ApplyLockedAsync(List<IDomainEvent> events)
    {
        if (Interlocked.Exchange(ref _mustReload, 0) == 1)
        {
            AnalyticsLog.ReadWhole(Logger, Name);
            Publish(await LoadAsync(_stop.Token));
        }
        else if (events.Count > 0 && await ApplyAsync(_current!, events, _stop.Token) is { } table)
        {
            Publish(table);
        }
    }

    private void Publish(FactTable<TFact> table)
    {
        var published = table with { Sequence = (_current?.Sequence ?? 0) + 1 };
        _current = published;
        AnalyticsLog.Published(Logger, Name, published.Sequence, published.Rows.Length);
        _subscribers.Announce();
    }

    // The timer only queues a turn of the loop, so the new day is applied between batches.
    private void ScheduleMidnight()
    {
        if (_stop.IsCancellationRequested)
        {
            return;
        }

        var now = Clock.GetUtcNow();
        var due = NextMidnight(now) - now;
        _midnight ??= Clock.CreateTimer(_ => _work.Writer.TryWrite(NewDay), null, due, Timeout.InfiniteTimeSpan);
        _midnight.Change(due, Timeout.InfiniteTimeSpan);
    }

    private DateTimeOffset NextMidnight(DateTimeOffset now)
    {
        var local = TimeZoneInfo.ConvertTime(now, Zone).Date.AddDays(1);
        // A zone that skips midnight for daylight saving starts that day at the first valid hour.
        while (Zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(30);
        }

        return TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), Zone);
    }
}
