using System.Collections.Immutable;

namespace Crm.Infrastructure.Displays.Boards;

/// <summary>
/// The newest state of one shared board and the screens watching it. A board store publishes
/// each new state once, here; every watch reads the same instance (a field read, no query) and
/// hears of it through its own callback. Counting the watches is what lets the store drop a
/// board nobody holds any more.
/// </summary>
internal sealed class SharedBoard<TBoard>(TBoard first)
    where TBoard : class
{
    private readonly Lock _lock = new();
    private ImmutableArray<BoardWatch<TBoard>> _watches = [];
    private TBoard _current = first;

    public TBoard Current => Volatile.Read(ref _current);

    /// <summary>A new watch; <paramref name="onReleased"/> runs once, after the watch is taken off.</summary>
    public BoardWatch<TBoard> Watch(Action onChanged, Action onReleased)
    {
        ArgumentNullException.ThrowIfNull(onChanged);
        var watch = new BoardWatch<TBoard>(this, onChanged, onReleased);
        lock (_lock)
        {
            _watches = _watches.Add(watch);
        }

        return watch;
    }

    /// <summary>
    /// Makes <paramref name="board"/> the current state, then tells every watch, on the caller's
    /// thread; a watch whose callback throws is reported to <paramref name="onFailed"/> and kept.
    /// </summary>
    public void Publish(TBoard board, Action<Exception> onFailed)
    {
        Volatile.Write(ref _current, board);
        foreach (var watch in _watches)
        {
            try
            {
                watch.Changed();
            }
            catch (Exception error)
            {
                onFailed(error);
            }
        }
    }

    internal void Remove(BoardWatch<TBoard> watch)
    {
        lock (_lock)
        {
            _watches = _watches.Remove(watch);
        }
    }
}

/// <summary>One screen's hold on a <see cref="SharedBoard{TBoard}"/>; a second dispose does nothing.</summary>
internal sealed class BoardWatch<TBoard> : IBoardWatch<TBoard>
    where TBoard : class
{
    private readonly SharedBoard<TBoard> _board;
    private readonly Action _onChanged;
    private readonly Action _onReleased;
    private int _released;

    internal BoardWatch(SharedBoard<TBoard> board, Action onChanged, Action onReleased)
    {
        (_board, _onChanged, _onReleased) = (board, onChanged, onReleased);
    }

    public TBoard Current => _board.Current;

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _released, 1) == 0)
        {
            _board.Remove(this);
            _onReleased();
        }
    }

    internal void Changed() => _onChanged();
}
