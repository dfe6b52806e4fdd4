using System.Collections.Immutable;
using System.Diagnostics;
using Crm.Domain.Analytics;
using Crm.Domain.Common;
using Crm.Domain.Teams;
using Crm.Infrastructure.Analytics;
using Crm.Infrastructure.Live;
using Crm.Infrastructure.Tickets.Workspace;
using Crm.Infrastructure.Visibility;
using Microsoft.Extensions.Logging;

namespace Crm.Infrastructure.Displays.Boards;

/// <summary>
/// The shared service boards of the process, one per scope, held while a screen watches it. A
/// board holds its team's snapshot in the agent workspace's store (one read per ticket event
/// however many boards and agents watch) and counts the day from the ticket facts, so a rebuild
/// reads no ticket; only a change of the team's members reads them again. The boards listen
/// once: to the team snapshots, to the fact table and, for members, to the live bus; and at the
/// organisation's midnight every board is rebuilt (its day starts from nothing).
/// </summary>
internal sealed class ServiceBoards : IServiceBoards, IDisposable
{
    // A display sees every ticket of its team: the scope is the display's, not a person's.
    private static readonly TicketAccess Display = new(TicketScope.All, false);

    private readonly Lock _lock = new();
    private readonly Dictionary<ServiceBoardScope, ServiceBoardState> _boards = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly SemaphoreSlim _zoneGate = new(1, 1);
    private readonly TeamTicketStore _store;
    private readonly ITicketFacts _facts;
    private readonly ServiceBoardReader _reader;
    private readonly TimeProvider _clock;
    private readonly ILogger<ServiceBoards> _logger;
    private readonly IDisposable _busSubscription;
    private readonly IDisposable _factsSubscription;
    private volatile TimeZoneInfo? _zone;
    private volatile TodayFacts? _today;
    private ITimer? _midnight;

    public ServiceBoards(
        TeamTicketStore store, ITicketFacts facts, ServiceBoardReader reader, ILiveBus bus, TimeProvider clock,
        ILogger<ServiceBoards> logger)
    {
        (_store, _facts, _reader, _clock, _logger) = (store, facts, reader, clock, logger);
        _busSubscription = bus.Subscribe(OnEventAsync);
        _factsSubscription = facts.Subscribe(() => Schedule(_ => true));
    }

    /// <summary>How many boards are held now.</summary>
    internal int BoardCount
    {
        get
        {
            lock (_lock)
            {
                return _boards.Count;
            }
        }
    }

    public async Task<IBoardWatch<ServiceBoard>> WatchAsync(
        ServiceBoardScope scope, Action onChanged, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(onChanged);
        ObjectDisposedException.ThrowIf(_stop.IsCancellationRequested, this);

        var watch = Hold(scope, onChanged);
        try
        {
            await watch.State.Ready.WaitAsync(cancellationToken);
        }
        catch
        {
            watch.Dispose();
            throw;
        }

        return watch;
    }

    public void Dispose()
    {
        _busSubscription.Dispose();
        _factsSubscription.Dispose();
        _stop.Cancel();
        lock (_lock)
        {
            _midnight?.Dispose();
            foreach (var state in _boards.Values)
            {
                state.Drop();
            }

            _boards.Clear();
        }
    }

    private ServiceBoardWatch Hold(ServiceBoardScope scope, Action onChanged)
    {
        lock (_lock)
        {
            if (!_boards.TryGetValue(scope, out var state))
            {
                state = new ServiceBoardState(scope, RebuildAsync, _logger, _stop.Token);
                _boards.Add(scope, state);
                state.Start(BuildFirstAsync);
            }

            var watch = new ServiceBoardWatch(state, onChanged, Release);
            state.Add(watch);

            return watch;
        }
    }

    private void Release(ServiceBoardWatch watch)
    {
        var state = watch.State;
        lock (_lock)
        {
            if (state.Remove(watch) > 0)
            {
                return;
            }

            if (_boards.TryGetValue(state.Scope, out var held) && ReferenceEquals(held, state))
            {
                _boards.Remove(state.Scope);
            }
        }

        state.Drop();
        ServiceBoardsLog.Dropped(_logger, state.Scope.TeamId, state.Scope.QueueId);
    }

    private async Task BuildFirstAsync(ServiceBoardState state)
    {
        var started = Stopwatch.GetTimestamp();
        var (scope, token) = (state.Scope, _stop.Token);
        await _reader.CheckAsync(scope, token);
        await ZoneAsync(token);
        state.Attach(await _store.OpenAsync(
            scope.TeamId, Display, _ => Task.FromResult(Display), Guid.Empty, null, state.Schedule, token));
        if (state.IsDropped)
        {
            // Every screen gave up waiting (cancelled) while the board was being built.
            return;
        }

        state.Agents = await _reader.AgentsAsync(scope.TeamId, token);

        var board = await BuildAsync(state, token);
        state.Publish(board);
        ServiceBoardsLog.Built(
            _logger, scope.TeamId, scope.QueueId, state.Feed.Read().Tickets.Count,
            (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    private async Task RebuildAsync(ServiceBoardState state, CancellationToken cancellationToken)
    {
        var scope = state.Scope;
        try
        {
            if (state.TakeAgentsStale())
            {
                state.Agents = await AgentsAsync(state, cancellationToken);
            }

            var board = await BuildAsync(state, cancellationToken);
            if (state.Current is { } held && ServiceBoardBuilder.SameFigures(held, board))
            {
                ServiceBoardsLog.Unchanged(_logger, scope.TeamId, scope.QueueId);
                return;
            }

            state.PublishAndTell(board);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            ServiceBoardsLog.RebuildFailed(_logger, error, scope.TeamId, scope.QueueId);
        }
    }

    private async Task<ImmutableArray<ServiceAgent>> AgentsAsync(
        ServiceBoardState state, CancellationToken cancellationToken)
    {
        try
        {
            return await _reader.AgentsAsync(state.Scope.TeamId, cancellationToken);
        }
        catch
        {
            // Read again with the next change rather than keep members known to be stale.
            state.MarkAgentsStale();
            throw;
        }
    }

    private async Task<ServiceBoard> BuildAsync(ServiceBoardState state, CancellationToken cancellationToken)
    {
        var table = await _facts.CurrentAsync(cancellationToken);
        var now = _clock.GetUtcNow();
        var today = TodayOf(table, ServiceDay.Of(now, _zone!));

        return ServiceBoardBuilder.Build(
            state.Scope, state.Feed.Read().Tickets, state.Agents, today.Of(state.Scope.TeamId), today.Day,
            now.UtcDateTime);
    }

    // Worked out by the first board that needs this table and day; a race only works it out twice.
    private TodayFacts TodayOf(FactTable<TicketFact> table, ServiceDay day)
    {
        if (_today is { } held && held.Holds(table, day))
        {
            return held;
        }

        var fresh = TodayFacts.Of(table, day);
        _today = fresh;

        return fresh;
    }

    // Members are few and rarely change: a change of any of them reads the team's again.
    private ValueTask OnEventAsync(IDomainEvent domainEvent, CancellationToken cancellationToken)
    {
        switch (domainEvent)
        {
            case UserAvailabilityChanged changed:
                Touch(s => s.TeamId == changed.TeamId);
                break;
            case UserMovedToTeam moved:
                Touch(s => s.TeamId == moved.TeamId || s.TeamId == moved.PreviousTeamId);
                break;
            case UserActivated or UserDeactivated:
                Touch(_ => true);
                break;
        }

        return ValueTask.CompletedTask;
    }

    private void Touch(Func<ServiceBoardScope, bool> which)
    {
        foreach (var state in Held(which))
        {
            state.MarkAgentsStale();
            state.Schedule();
        }
    }

    private int Schedule(Func<ServiceBoardScope, bool> which)
    {
        var states = Held(which);
        foreach (var state in states)
        {
            state.Schedule();
        }

        return states.Count;
    }

    private List<ServiceBoardState> Held(Func<ServiceBoardScope, bool> which)
    {
        lock (_lock)
        {
            return [.. _boards.Values.Where(s => which(s.Scope))];
        }
    }

    // The zone is read with the first board and again every midnight; a change of the
    // organisation's zone during the day counts from the next midnight.
    private async Task ZoneAsync(CancellationToken cancellationToken)
    {
        if (_zone is not null)
        {
            return;
        }

        await _zoneGate.WaitAsync(cancellationToken);
        try
        {
            if (_zone is null)
            {
                _zone = await _reader.ZoneAsync(cancellationToken);
                ScheduleMidnight();
            }
        }
        finally
        {
            _zoneGate.Release();
        }
    }

    private void ScheduleMidnight()
    {
        lock (_lock)
        {
            if (_stop.IsCancellationRequested)
            {
                return;
            }

            var now = _clock.GetUtcNow();
            var due = ServiceDay.Of(now, _zone!).EndUtc - now.UtcDateTime;
            _midnight ??= _clock.CreateTimer(
                _ => _ = OnMidnightAsync(), null, due, Timeout.InfiniteTimeSpan);
            _midnight.Change(due, Timeout.InfiniteTimeSpan);
        }
    }

    private async Task OnMidnightAsync()
    {
        try
        {
            _zone = await _reader.ZoneAsync(_stop.Token);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            ServiceBoardsLog.ZoneFailed(_logger, error);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        ScheduleMidnight();
        ServiceBoardsLog.NewDay(_logger, Schedule(_ => true));
    }
}
