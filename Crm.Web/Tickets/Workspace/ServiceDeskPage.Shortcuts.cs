using Crm.Infrastructure.Tickets;
using Crm.Infrastructure.Tickets.Workspace;
using Crm.Web.Tickets.Shortcuts;

namespace Crm.Web.Tickets.Workspace;

// The service desk's keyboard shortcuts: move through the tickets shown, open one, take one.
public sealed partial class ServiceDeskPage
{
    private static readonly IReadOnlyList<Shortcut> PageShortcuts =
    [
        new("j", "j", "Shortcuts.Next"),
        new("k", "k", "Shortcuts.Previous"),
        new("Enter", "Enter", "Shortcuts.Open"),
        new("a", "a", "Shortcuts.AssignToMe"),
    ];

    private KeyboardShortcuts? _shortcuts;

    // The tickets in the order they are drawn: lane by lane, column by column, or the list.
    private IReadOnlyList<TicketRow> Shown => _view is not { } view ? [] : Layout switch
    {
        WorkspaceLayout.List => view.Tickets,
        WorkspaceLayout.Board => [.. WorkspaceView.BoardStatuses.SelectMany(s => view.ByStatus[s])],
        _ => [.. view.Mine, .. view.Queue, .. view.AtRisk ?? []],
    };

    private TicketRow? Selected => Shown.FirstOrDefault(t => t.Id == _selectedId);

    private Task OnShortcutAsync(string key)
    {
        switch (key)
        {
            case "j" or "k":
                Move(key == "j" ? 1 : -1);
                break;
            case "Enter" when Selected is { } ticket:
                Navigation.NavigateTo($"/tickets/{ticket.Number}");
                break;
            case "a" when Selected is { AssigneeId: null } ticket && _view?.CanWork == true:
                return OnTakeAsync(ticket);
        }

        return Task.CompletedTask;
    }

    private Task OnHelpClickedAsync() => _shortcuts?.OnKeyAsync("?") ?? Task.CompletedTask;

    private void Move(int step)
    {
        var shown = Shown;
        if (shown.Count == 0)
        {
            return;
        }

        var at = shown.ToList().FindIndex(t => t.Id == _selectedId);
        var next = at < 0 ? 0 : Math.Clamp(at + step, 0, shown.Count - 1);
        _selectedId = shown[next].Id;
    }
}
