using Crm.Infrastructure.Displays.Boards;

namespace Crm.Infrastructure.Tests.Displays;

/// <summary>
/// One screen's watch of a service board and a way to wait until the board shows something:
/// each change notice wakes the check, nothing sleeps.
/// </summary>
internal sealed class ServiceBoardProbe : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    private readonly SemaphoreSlim _changed = new(0);
    private int _notices;

    private ServiceBoardProbe()
    {
    }

    public IBoardWatch<ServiceBoard> Watch { get; private set; } = default!;

    public ServiceBoard Board => Watch.Current;

    /// <summary>How many times the screen was told of a newer board.</summary>
    public int Notices => Volatile.Read(ref _notices);

    public static async Task<ServiceBoardProbe> WatchAsync(IServiceBoards boards, ServiceBoardScope scope)
    {
        var probe = new ServiceBoardProbe();
        probe.Watch = await boards.WatchAsync(scope, probe.OnChanged, TestContext.Current.CancellationToken);

        return probe;
    }

    public async Task<ServiceBoard> UntilAsync(Func<ServiceBoard, bool> condition)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!condition(Board))
        {
            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero || !await _changed.WaitAsync(left, TestContext.Current.CancellationToken))
            {
                throw new TimeoutException("The service board never reached the expected state.");
            }
        }

        return Board;
    }

    public void Dispose() => Watch.Dispose();

    private void OnChanged()
    {
        Interlocked.Increment(ref _notices);
        _changed.Release();
    }
}
