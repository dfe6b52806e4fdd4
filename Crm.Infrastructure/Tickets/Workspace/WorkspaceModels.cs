using Crm.Domain.Tickets;

namespace Crm.Infrastructure.Tickets.Workspace;

/// <summary>A support team whose workspace the user may open.</summary>
public sealed record WorkspaceTeam(Guid Id, string Name);

/// <summary>
/// The lanes of one team's workspace for one user. Every lane is ordered most urgent first
/// (priority, then the longest waiting). <see cref="Tickets"/> is every open ticket of the team
/// (the list view); <see cref="AtRisk"/> is null when no risk rule is registered.
/// </summary>
public sealed record WorkspaceView(
    long Revision,
    IReadOnlyList<TicketRow> Tickets,
    IReadOnlyList<TicketRow> Mine,
    IReadOnlyList<TicketRow> Queue,
    IReadOnlyList<TicketRow>? AtRisk,
    IReadOnlyDictionary<TicketStatus, IReadOnlyList<TicketRow>> ByStatus,
    bool CanWork)
{
    /// <summary>The board's columns, in the order the work flows.</summary>
    public static IReadOnlyList<TicketStatus> BoardStatuses { get; } =
    [
        TicketStatus.New, TicketStatus.Open, TicketStatus.PendingCustomer, TicketStatus.OnHold,
        TicketStatus.Escalated,
    ];

    /// <summary>
    /// Counts the times the user's scope was read again after a team change and came out
    /// different (0 as opened): a screen that sees it change reads the user's teams again.
    /// </summary>
    public int ScopeRevision { get; init; }

    /// <summary>
    /// Whether the team is still one the user works in (<see cref="IAgentWorkspace.TeamsAsync"/>);
    /// false once they were moved out of it or no longer lead it.
    /// </summary>
    public bool InScope { get; init; } = true;

    /// <summary>The open ticket with that id, if the team holds it.</summary>
    public TicketRow? Find(Guid id) => Tickets.FirstOrDefault(t => t.Id == id);
}
