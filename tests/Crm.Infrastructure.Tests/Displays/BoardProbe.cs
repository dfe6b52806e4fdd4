using Crm.Infrastructure.Displays.Boards;

namespace Crm.Infrastructure.Tests.Displays;

/// <summary>
/// A screen watching a shared board: counts the change notices and waits until the board shows
/// something, each notice waking the check; nothing sleeps.
/// </summary>
internal sealed class BoardProbe<TBoard> : IDisposable
    where TBoard : class
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    private readonly SemaphoreSlim _changed = new(0);
    private IBoardWatch<TBoard>? _watch;
    private int _notices;

    public IBoardWatch<TBoard> Watch => _watch ?? throw new InvalidOperationException("Not watching yet.");

    /// <summary>How many times the board said it changed.</summary>
    public int Notices => Volatile.Read(ref _notices);

    public static async Task<BoardProbe<TBoard>> StartAsync(
        Func<Action, CancellationToken, Task<IBoardWatch<TBoard>>> watch)
    {
        var probe = new BoardProbe<TBoard>();
        probe._watch = await watch(probe.OnChanged, TestContext.Current.CancellationToken);

        return probe;
    }

    /// <summary>Waits until the current board satisfies <paramref name="condition"/>.</summary>
    public async Task<TBoard> UntilAsync(Func<TBoard, bool> condition)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!condition(Watch.Current))
        {
            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero || !await _changed.WaitAsync(left, TestContext.Current.CancellationToken))
            {
                throw new TimeoutException("The board never reached the expected state.");
            }
        }

        return Watch.Current;
    }

    public void Dispose() => _watch?.Dispose();

    private void OnChanged()
    {
        Interlocked.Increment(ref _notices);
        _changed.Release();
    }
}
