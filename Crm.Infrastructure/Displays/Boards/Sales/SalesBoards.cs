using Crm.Infrastructure.Analytics;
using Crm.Infrastructure.Live;
using Microsoft.Extensions.Logging;

namespace Crm.Infrastructure.Displays.Boards.Sales;

/// <summary>
/// The sales boards held by wall displays, one per scope, shared by every screen of that scope
/// (one registry per process). A board is built when its first screen watches it and dropped
/// when its last screen lets go. The registry listens to the live bus once, whatever the number
/// of boards, and to the opportunity fact table, and rebuilds at the organisation's midnight,
/// when the period may roll over.
/// </summary>
internal sealed partial class SalesBoards : ISalesBoards, IDisposable
{
    private readonly Lock _lock = new();
    private readonly Dictionary<SalesBoardScope, SalesBoardState> _states = [];
    private readonly IOpportunityFacts _facts;
    private readonly SalesBoardBuilder _builder;
    private readonly OpportunityNames _names;
    private readonly TimeProvider _clock;
    private readonly ILogger<SalesBoards> _logger;
    private readonly IDisposable _events;
    private readonly IDisposable _tables;
    private ITimer? _midnight;
    private DateTimeOffset _midnightAt;
    private bool _disposed;

    public SalesBoards(
        ILiveBus bus, IOpportunityFacts facts, SalesBoardBuilder builder, OpportunityNames names,
        TimeProvider clock, ILogger<SalesBoards> logger)
    {
        (_facts, _builder, _names, _clock, _logger) = (facts, builder, names, clock, logger);
        // Subscribed before any board is built, so no change committed after a build can be missed.
        _events = bus.Subscribe(OnEventAsync);
        _tables = facts.Subscribe(OnTableChanged);
    }

    public async Task<IBoardWatch<SalesBoard>> WatchAsync(
        SalesBoardScope scope, Action onChanged, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(onChanged);
        if (!Enum.IsDefined(scope.Period))
        {
            throw new ArgumentOutOfRangeException(
                nameof(scope), scope.Period, "A board runs over a month or a quarter.");
        }

        var state = Hold(scope);
        try
        {
            var board = await state.ReadyAsync().WaitAsync(cancellationToken);

            return board.Watch(onChanged, () => Release(state));
        }
        catch
        {
            Release(state);
            throw;
        }
    }

    public void Dispose()
    {
        List<SalesBoardState> states;
        lock (_lock)
        {
            _disposed = true;
            states = [.. _states.Values];
            _states.Clear();
        }

        _events.Dispose();
        _tables.Dispose();
        _midnight?.Dispose();
        states.ForEach(s => s.Dispose());
    }

    /// <summary>The boards held now; a snapshot, safe to walk while screens come and go.</summary>
    private List<SalesBoardState> Held()
    {
        lock (_lock)
        {
            return [.. _states.Values];
        }
    }

    private SalesBoardState Hold(SalesBoardScope scope)
    {
        lock (_lock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (!_states.TryGetValue(scope, out var state))
            {
                state = new SalesBoardState(scope, _facts, _builder, OnBuilt, _logger);
                _states[scope] = state;
            }

            state.Holders++;

            return state;
        }
    }

    private void Release(SalesBoardState state)
    {
        lock (_lock)
        {
            if (--state.Holders > 0)
            {
                return;
            }

            _states.Remove(state.Scope);
        }

        state.Dispose();
        if (state.Last is not null)
        {
            SalesBoardsLog.Dropped(_logger, state.Scope.TeamId, state.Scope.PipelineId, state.Scope.Period);
        }
    }

    private void OnTableChanged() => Held().ForEach(s => s.OnTableChanged());

    // The earliest next day of any build arms the timer; a firing rebuilds every board, whose
    // builds arm it again for the day after.
    private void OnBuilt(SalesBoardBuild build)
    {
        lock (_lock)
        {
            var now = _clock.GetUtcNow();
            if (_disposed || (_midnightAt > now && _midnightAt <= build.NextDay))
            {
                return;
            }

            _midnightAt = build.NextDay;
            var due = build.NextDay > now ? build.NextDay - now : TimeSpan.Zero;
            _midnight ??= _clock.CreateTimer(_ => OnMidnight(), null, due, Timeout.InfiniteTimeSpan);
            _midnight.Change(due, Timeout.InfiniteTimeSpan);
        }
    }

    private void OnMidnight()
    {
        var held = Held();
        SalesBoardsLog.NewDay(_logger, held.Count);
        // The fact table converts open amounts again for the new day: follow it as well.
        held.ForEach(s => s.FollowTables());
    }
}
