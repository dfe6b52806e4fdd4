using Crm.Infrastructure.Tickets;
using Crm.Infrastructure.Tickets.Workspace;

namespace Crm.Infrastructure.Tests.Tickets.Workspace;

/// <summary>
/// A workspace feed opened as whoever is signed in, and a way to wait until its lanes show
/// something: each change notice wakes the check, nothing sleeps.
/// </summary>
internal sealed class WorkspaceProbe : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private readonly SemaphoreSlim _changed = new(0);

    private WorkspaceProbe()
    {
    }

    public IWorkspaceFeed Feed { get; private set; } = default!;

    public WorkspaceView View => Feed.Read();

    public static async Task<WorkspaceProbe> OpenAsync(IAgentWorkspace workspace, Guid teamId)
    {
        var probe = new WorkspaceProbe();
        probe.Feed = await workspace.OpenAsync(
            teamId, () => probe._changed.Release(), TestContext.Current.CancellationToken);

        return probe;
    }

    public async Task<WorkspaceView> UntilAsync(Func<WorkspaceView, bool> condition)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!condition(View))
        {
            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero || !await _changed.WaitAsync(left, TestContext.Current.CancellationToken))
            {
                throw new TimeoutException("The workspace never reached the expected state.");
            }
        }

        return View;
    }

    public void Dispose() => Feed.Dispose();
}

/// <summary>The real reader, counting the single-ticket reads live events cost.</summary>
internal sealed class CountingTeamTicketReader(TeamTicketReader inner) : ITeamTicketReader
{
    private int _ticketReads;

    public int TicketReads => Volatile.Read(ref _ticketReads);

    public Task<IReadOnlyList<TicketRow>> OpenTicketsAsync(Guid teamId, CancellationToken cancellationToken) =>
        inner.OpenTicketsAsync(teamId, cancellationToken);

    public Task<TicketRow?> OpenTicketAsync(Guid teamId, Guid ticketId, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _ticketReads);

        return inner.OpenTicketAsync(teamId, ticketId, cancellationToken);
    }
}
