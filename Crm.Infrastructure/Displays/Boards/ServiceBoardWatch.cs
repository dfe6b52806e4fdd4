namespace Crm.Infrastructure.Displays.Boards;

/// <summary>One screen's hold on a shared service board.</summary>
internal sealed class ServiceBoardWatch(
    ServiceBoardState state, Action onChanged, Action<ServiceBoardWatch> release)
    : IBoardWatch<ServiceBoard>
{
    private int _disposed;

    public ServiceBoard Current =>
        state.Current ?? throw new InvalidOperationException("The board is not built yet.");

    internal ServiceBoardState State => state;

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            release(this);
        }
    }

    /// <summary>A newer board is out; a screen that let go is not told.</summary>
    internal void Tell()
    {
        if (Volatile.Read(ref _disposed) == 0)
        {
            onChanged();
        }
    }
}
