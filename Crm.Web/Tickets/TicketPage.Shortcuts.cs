using Crm.Domain.Tickets;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Tickets.Workspace;
using Crm.Web.Tickets.Shortcuts;
using Microsoft.AspNetCore.Components;

namespace Crm.Web.Tickets;

// The ticket page's keyboard shortcuts (the "?" dialog lists them).
public sealed partial class TicketPage
{
    private static readonly IReadOnlyList<Shortcut> PageShortcuts =
    [
        new("r", "r", "Shortcuts.Reply"),
        new("n", "n", "Shortcuts.Note"),
        new("c", "c", "Shortcuts.CannedReply"),
        new("a", "a", "Shortcuts.AssignToMe"),
        new("e", "e", "Shortcuts.Resolve"),
        new("j", "j", "Shortcuts.Next"),
        new("k", "k", "Shortcuts.Previous"),
        new("Ctrl+Enter", "Ctrl+Enter", "Shortcuts.Send"),
    ];

    private KeyboardShortcuts? _shortcuts;

    [Inject]
    private IAgentWorkspace Workspace { get; set; } = default!;

    private Task OnShortcutAsync(string key) => key switch
    {
        "r" => StartComposerAsync(TicketMessageKind.PublicReply),
        "n" => StartComposerAsync(TicketMessageKind.InternalNote),
        "c" => _composer?.OpenCannedRepliesAsync() ?? Task.CompletedTask,
        "a" when CanTake => OnTakeClickedAsync(),
        "e" when _ticket?.AllowedStatuses.Contains(TicketStatus.Resolved) == true =>
            OnStatusChangedAsync(TicketStatus.Resolved),
        "j" => GoToNeighbourAsync(1),
        "k" => GoToNeighbourAsync(-1),
        _ => Task.CompletedTask,
    };

    private Task OnHelpClickedAsync() => _shortcuts?.OnKeyAsync("?") ?? Task.CompletedTask;

    private Task StartComposerAsync(TicketMessageKind kind) => _composer?.StartAsync(kind) ?? Task.CompletedTask;

    // The next or previous open ticket of the team's list, in the order the service desk lists them.
    private async Task GoToNeighbourAsync(int step)
    {
        var teamId = _choices.Queues.FirstOrDefault(q => q.Id == _ticket?.Queue.Id)?.TeamId;
        if (_ticket is null || teamId is null)
        {
            return;
        }

        try
        {
            using var feed = await Workspace.OpenAsync(teamId.Value, () => { });
            var list = feed.Read().Tickets;
            var at = list.ToList().FindIndex(t => t.Id == _ticket.Id);
            var next = at < 0 ? (step > 0 ? 0 : list.Count - 1) : at + step;
            if (next >= 0 && next < list.Count)
            {
                Navigation.NavigateTo($"/tickets/{list[next].Number}");
            }
        }
        catch (NotFoundException)
        {
            // Not a team the user has a workspace of (an admin on another team's ticket): no list.
        }
    }
}
