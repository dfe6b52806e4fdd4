using Crm.Domain.Tickets;
using Crm.Infrastructure.Visibility;

namespace Crm.Infrastructure.Tickets.Workspace;

/// <summary>
/// One user's subscription to a team's snapshot. It is told of a change only when the ticket's
/// assignee before or after is in the user's working scope, and builds the user's lanes when
/// read, once per snapshot.
/// </summary>
internal sealed class WorkspaceFeed(
    TeamTicketState state, TicketAccess access, Guid userId, ITicketRiskRule? risk, Action onChanged)
    : IWorkspaceFeed
{
    private volatile WorkspaceView? _view;
    private volatile bool _disposed;

    public Guid TeamId => state.TeamId;

    public WorkspaceView Read()
    {
        var snapshot = state.Current ?? throw new InvalidOperationException("The workspace has not been loaded.");
        var view = _view;
        if (view is not null && view.Revision == snapshot.Revision)
        {
            return view;
        }

        view = Build(snapshot);
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
        if (!_disposed && change.Concerns(state.TeamId, access))
        {
            onChanged();
        }
    }

    private WorkspaceView Build(TeamTickets snapshot)
    {
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
            access.CanChange(snapshot.TeamId, null));
    }
}
