using Crm.Infrastructure.Tickets;
using Crm.Infrastructure.Tickets.Sla;
using Crm.Infrastructure.Tickets.Workspace;

namespace Crm.Web.Tickets.Workspace;

/// <summary>
/// The SLA countdowns of the tiles a workspace shows, read once per ticket version: a live
/// change costs one read of the tickets it changed, not of the whole team, and the browser
/// ticks the clocks in between (<see cref="Sla.SlaCountdown"/>).
/// </summary>
internal sealed class WorkspaceCountdowns(ITicketSlaCountdowns service)
{
    private Dictionary<Guid, (int Version, TicketCountdowns? Clocks)> _held = [];

    public IReadOnlyDictionary<Guid, TicketCountdowns> Current { get; private set; } =
        new Dictionary<Guid, TicketCountdowns>();

    /// <summary>Reads the clocks of the shown tickets with an SLA that are new or changed.</summary>
    public async Task RefreshAsync(WorkspaceView view, int shown, CancellationToken cancellationToken = default)
    {
        var rows = Shown(view, shown);
        var stale = rows.Where(r => !_held.TryGetValue(r.Id, out var held) || held.Version != r.Version)
            .Select(r => r.Id).ToHashSet();
        var fresh = stale.Count == 0
            ? new Dictionary<Guid, TicketCountdowns>()
            : await service.ForAsync(stale, cancellationToken);

        _held = rows.ToDictionary(
            r => r.Id,
            r => stale.Contains(r.Id) ? (r.Version, fresh.GetValueOrDefault(r.Id)) : _held[r.Id]);
        Current = _held.Where(h => h.Value.Clocks is not null).ToDictionary(h => h.Key, h => h.Value.Clocks!);
    }

    // The tiles of every lane and board column (each shows its first ones), with an SLA.
    private static List<TicketRow> Shown(WorkspaceView view, int shown)
    {
        IEnumerable<IReadOnlyList<TicketRow>> lanes =
            [view.Mine, view.Queue, view.AtRisk ?? [], .. view.ByStatus.Values];

        return [.. lanes.SelectMany(l => l.Take(shown)).Where(r => r.Sla.PolicyId is not null)
            .DistinctBy(r => r.Id)];
    }
}
