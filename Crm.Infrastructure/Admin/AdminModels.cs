using Crm.Domain.Teams;

namespace Crm.Infrastructure.Admin;

/// <summary>A user as the administration grid shows it. <see cref="InvitationPending"/>: no password set yet.</summary>
public sealed record AdminUserRow(
    Guid Id,
    int Version,
    string DisplayName,
    string Email,
    Guid TeamId,
    string TeamName,
    IReadOnlyList<string> Roles,
    Availability Availability,
    int CapacityLimit,
    string Region,
    string TimeZone,
    string Language,
    bool IsActive,
    bool InvitationPending);

public sealed record AdminTeamRow(
    Guid Id,
    int Version,
    string Name,
    TeamKind Kind,
    string Region,
    Guid? ManagerId,
    string? ManagerName,
    int MemberCount);

/// <summary>Who to invite. <see cref="Language"/> is zh-CN or en-US and decides the invitation's language.</summary>
public sealed record UserInvitation(
    string DisplayName,
    string Email,
    Guid TeamId,
    IReadOnlyList<string> Roles,
    string Language,
    string TimeZone,
    string? Region = null,
    int CapacityLimit = 30);

/// <summary>Whether the invited user was saved and whether the mail left; a failed mail can be sent again.</summary>
public sealed record InvitationResult(Guid UserId, bool MailSent);

/// <summary>Everything the edit form changes at once.</summary>
public sealed record UserChanges(
    string DisplayName,
    Guid TeamId,
    IReadOnlyList<string> Roles,
    Availability Availability,
    int CapacityLimit,
    string? Region,
    string TimeZone,
    string Language);

/// <summary>
/// A team's fields. <see cref="Kind"/> is fixed once the team exists; a null manager leaves
/// the manager unchanged.
/// </summary>
public sealed record TeamInput(string Name, TeamKind Kind, string Region, Guid? ManagerId);

/// <summary>How many records moved from the leaver to the receiver.</summary>
public sealed record HandOverResult(int Accounts, int FollowUpTasks);
