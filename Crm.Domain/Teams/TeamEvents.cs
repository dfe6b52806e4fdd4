using Crm.Domain.Common;

namespace Crm.Domain.Teams;

// What users see follows their team, the teams they manage and their roles. These events let
// live subscribers keep a directory of that without reading the database for every event.

/// <summary>The user can no longer sign in; open screens and live connections drop them at once.</summary>
public sealed record UserDeactivated(Guid AggregateId, int Version, DateTime OccurredAt) : IDomainEvent;

/// <summary>A deactivated user can sign in again.</summary>
public sealed record UserActivated(Guid AggregateId, int Version, DateTime OccurredAt) : IDomainEvent;

/// <summary>The user now belongs to <see cref="TeamId"/>; records they own are seen by that team.</summary>
public sealed record UserMovedToTeam(
    Guid AggregateId, int Version, DateTime OccurredAt, Guid PreviousTeamId, Guid TeamId) : IDomainEvent;

/// <summary>The user's roles changed; anything opened with the old roles must re-read them.</summary>
public sealed record UserRolesChanged(Guid AggregateId, int Version, DateTime OccurredAt) : IDomainEvent;

/// <summary>
/// The team has another manager. <see cref="PreviousManagerId"/> is null for a team's first
/// manager.
/// </summary>
public sealed record TeamManagerChanged(
    Guid AggregateId, int Version, DateTime OccurredAt, Guid? PreviousManagerId, Guid ManagerId) : IDomainEvent;

/// <summary>The user set their status; carries the team so its workspaces update without a read.</summary>
public sealed record UserAvailabilityChanged(
    Guid AggregateId, int Version, DateTime OccurredAt, Guid TeamId, Availability Availability) : IDomainEvent;
