using Crm.Domain.Teams;

namespace Crm.Infrastructure.Tickets.Workspace;

/// <summary>
/// Agents' own status (available, away, offline). The assignment engine reads the stored status
/// at every decision, so a change counts for the next ticket at once; the change is published as
/// <see cref="UserAvailabilityChanged"/> (with the team) for live screens.
/// </summary>
public interface IAgentStatusService
{
    /// <summary>The signed-in user's status.</summary>
    Task<Availability> MineAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Sets the signed-in user's status; only Available, Away and Offline may be chosen
    /// ("Availability.self" otherwise: on leave is an administrator's setting).
    /// </summary>
    Task SetMineAsync(Availability availability, CancellationToken cancellationToken = default);

    /// <summary>
    /// The active members of a team whose workspace the user may open, by name, with their
    /// status; <see cref="Common.NotFoundException"/> for any other team.
    /// </summary>
    Task<IReadOnlyList<AgentStatus>> TeamAsync(Guid teamId, CancellationToken cancellationToken = default);
}

/// <summary>A team member as the workspace shows them: name and status.</summary>
public sealed record AgentStatus(Guid UserId, string Name, Availability Availability);
