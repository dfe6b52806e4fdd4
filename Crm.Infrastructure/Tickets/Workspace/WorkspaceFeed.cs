using Crm.Domain.Tickets;
using Crm.Infrastructure.Visibility;

namespace Crm.Infrastructure.Tickets.Workspace;

/// <summary>
/// One user's subscription to a team's snapshot. It is told of a change only when the ticket's
/// assignee before or after is in the user's working scope, and builds the user's lanes when
/// read, once per snapshot and scope. The scope is read again when teams change (a move, a new
/// lead), so the lanes follow without reopening.
/// </summary>
internal sealed class WorkspaceFeed(
    TeamTicketState state, TicketAccess access, Func<CancellationToken, Task<TicketAccess>> rescope, Guid userId,
    ITicketRiskRule? risk, Action onChanged)
    : IWorkspaceFeed
{
    private volatile Scoped _scoped = new(access, 0);
    private volatile WorkspaceView? _view;
    private volatile bool _disposed;

    public Guid TeamId => state.TeamId;

    public WorkspaceView Read()
    {
        var snapshot = state.Current ?? throw new InvalidOperationException("The workspace has not been loaded.");
        var (view, scoped) = (_view, _scoped);
        if (view is not null && view.Revision == snapshot.Revision && view.ScopeRevision == scoped.Revision)
        {
            return view;
        }

        view = Build(snapshot, scoped);
        _view = view;

        return view;
    }

    public void Dispose()
    {
        _disposed = true;
        state.Remove(this);
    }

    internal void Notify(TeamTicketChange change)
    {
        if (!_disposed && change.Concerns(state.TeamId, _scoped.Access))
        {
            onChanged();
        }
    }

    /// <summary>Reads the user's scope again; tells the user only when it is not what it was.</summary>
    internal async Task RescopeAsync(CancellationToken cancellationToken)
    {
        var held = _scoped;
        var fresh = await rescope(cancellationToken);
        if (_disposed || Scoped.KeyOf(fresh) == held.Key)
        {
            return;
        }

        _scoped = new Scoped(fresh, held.Revision + 1);
        onChanged();
    }

    private WorkspaceView Build(TeamTickets snapshot, Scoped scoped)
    {
        var access = scoped.Access;
        var rows = snapshot.Rows.Values
            .Where(r => access.Scope.Works(snapshot.TeamId, r.AssigneeId))
            .OrderByDescending(r => r.Priority).ThenBy(r => r.OpenedAt).ThenBy(r => r.Id)
            .ToList();
        var byStatus = WorkspaceView.BoardStatuses.ToDictionary(
            s => s, IReadOnlyList<TicketRow> (s) => rows.Where(r => r.Status == s).ToList());

        return new WorkspaceView(
            snapshot.Revision,
            rows,
            rows.Where(r => r.AssigneeId == userId).ToList(),
            rows.Where(r => r.AssigneeId is null).ToList(),
            risk is null ? null : rows.Where(risk.IsAtRisk).ToList(),
            byStatus,
            access.CanChange(snapshot.TeamId, null))
        {
            ScopeRevision = scoped.Revision,
            InScope = access.CanWork && (access.Scope.SeesAll || access.Scope.TeamIds.Contains(snapshot.TeamId)),
        };
    }

    // Two accesses with the same key show the same lanes.
    private sealed record Scoped(TicketAccess Access, int Revision)
    {
        public string Key { get; } = KeyOf(Access);

        public static string KeyOf(TicketAccess access) =>
            $"{access.CanWork}:{access.Scope.SeesAll}:{string.Join(',', access.Scope.TeamIds.Order())}"
            + $":{string.Join(',', access.Scope.AssigneeIds.Order())}";
    }
}
