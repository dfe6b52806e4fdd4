using System.Diagnostics;

namespace Crm.Benchmarks.Board;

/// <summary>
/// Counts the change notices of one event across every feed and completes once the expected
/// number arrived, with the moments of the first and the last.
/// </summary>
internal sealed class FanOutProbe
{
    private readonly Lock _lock = new();
    private TaskCompletionSource<(long First, long Last)>? _done;
    private int _left;
    private long _first;

    public Task<(long First, long Last)> Expect(int notices)
    {
        lock (_lock)
        {
            (_left, _first) = (notices, 0);
            _done = new TaskCompletionSource<(long, long)>(TaskCreationOptions.RunContinuationsAsynchronously);

            return _done.Task;
        }
    }

    public void OnNotified()
    {
        var now = Stopwatch.GetTimestamp();
        lock (_lock)
        {
            _first = _first == 0 ? now : _first;
            if (--_left == 0)
            {
                _done?.TrySetResult((_first, now));
            }
        }
    }
}
