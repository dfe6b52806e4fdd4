namespace Crm.Infrastructure.Tickets.Workspace;

/// <summary>
/// The live agent workspace of the signed-in user: the open tickets of one support team, held
/// in a snapshot shared by everyone who has that team's workspace open and kept current from
/// committed ticket events (one read of the changed ticket per event, however many agents
/// watch). Only support roles and admins have a workspace; others get no teams.
/// </summary>
public interface IAgentWorkspace
{
    /// <summary>
    /// The support teams whose workspace the user may open (their own first, then the teams
    /// they lead; admins every team that owns a queue). Empty for sales and marketing.
    /// </summary>
    Task<IReadOnlyList<WorkspaceTeam>> TeamsAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Opens a live feed of the team's open tickets. <paramref name="onChanged"/> runs on a
    /// background thread after each change the user may see and must only schedule work.
    /// Dispose the feed to stop. A team outside <see cref="TeamsAsync"/> is
    /// <see cref="Common.NotFoundException"/>.
    /// </summary>
    Task<IWorkspaceFeed> OpenAsync(Guid teamId, Action onChanged, CancellationToken cancellationToken = default);
}

/// <summary>One user's live view of one team's open tickets.</summary>
public interface IWorkspaceFeed : IDisposable
{
    Guid TeamId { get; }

    /// <summary>
    /// The newest lanes for the user, built in memory (no query); the same snapshot returns the
    /// same instance.
    /// </summary>
    WorkspaceView Read();
}

/// <summary>
/// Decides which open tickets go into the "at risk" lane, from the fields of the row alone
/// (the SLA due moments and states the SLA feature stores on tickets). The workspace computes
/// no SLA itself: without a registered rule the lane is not shown
/// (<see cref="WorkspaceView.AtRisk"/> is null).
/// </summary>
public interface ITicketRiskRule
{
    /// <summary>Whether the ticket belongs in the at-risk lane (at risk or breached).</summary>
    bool IsAtRisk(TicketRow ticket);
}
