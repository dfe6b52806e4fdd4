using System.Collections.Immutable;

namespace Crm.Infrastructure.Common;

/// <summary>
/// Callbacks that many threads add and remove while one thread calls them all: adding and
/// removing copy the list under a lock, calling reads the copy it finds, lock-free.
/// </summary>
internal sealed class Listeners<T>
{
    private readonly Lock _lock = new();
    private ImmutableArray<T> _all = [];

    /// <summary>The listeners now, to call; a listener added or removed meanwhile is not seen.</summary>
    public ImmutableArray<T> All => _all;

    /// <summary>Adds <paramref name="listener"/>; dispose the result to remove it.</summary>
    public IDisposable Add(T listener)
    {
        lock (_lock)
        {
            _all = _all.Add(listener);
        }

        return new Removal(this, listener);
    }

    private void Remove(T listener)
    {
        lock (_lock)
        {
            _all = _all.Remove(listener);
        }
    }

    private sealed class Removal(Listeners<T> owner, T listener) : IDisposable
    {
        public void Dispose() => owner.Remove(listener);
    }
}
