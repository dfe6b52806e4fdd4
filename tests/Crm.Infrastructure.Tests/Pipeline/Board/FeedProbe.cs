using Crm.Infrastructure.Pipeline.Board;

namespace Crm.Infrastructure.Tests.Pipeline.Board;

/// <summary>
/// A feed opened as whoever is signed in, with a count of its change notices, and a way to
/// wait until its board shows something: each notice wakes the check, nothing sleeps.
/// </summary>
internal sealed class FeedProbe : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private readonly SemaphoreSlim _changed = new(0);
    private int _notices;

    private FeedProbe()
    {
    }

    public IBoardFeed Feed { get; private set; } = default!;

    public int Notices => Volatile.Read(ref _notices);

    public BoardView View => Feed.Read(new BoardCriteria());

    public static async Task<FeedProbe> OpenAsync(IPipelineBoards boards, Guid pipelineId)
    {
        var probe = new FeedProbe();
        probe.Feed = await boards.OpenAsync(pipelineId, probe.OnChanged, TestContext.Current.CancellationToken);

        return probe;
    }

    /// <summary>Waits until the board satisfies <paramref name="condition"/>.</summary>
    public async Task<BoardView> UntilAsync(Func<BoardView, bool> condition)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!condition(View))
        {
            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero || !await _changed.WaitAsync(left, TestContext.Current.CancellationToken))
            {
                throw new TimeoutException("The board never reached the expected state.");
            }
        }

        return View;
    }

    public void Dispose() => Feed.Dispose();

    private void OnChanged()
    {
        Interlocked.Increment(ref _notices);
        _changed.Release();
    }
}
