using Crm.Domain.Common;
using Crm.Infrastructure.Common;

namespace Crm.Infrastructure.Admin;

/// <summary>
/// User and team administration. Every method first checks that the caller is an active user
/// holding the Admin role in the database (not only in their sign-in cookie) and throws
/// <see cref="ForbiddenException"/> otherwise. Invalid input throws <see cref="DomainException"/>
/// naming the field; unknown ids throw <see cref="NotFoundException"/>; edits made on an old
/// version throw <see cref="ConcurrencyConflictException"/> and change nothing.
/// </summary>
public interface IUserAdminService
{
    /// <summary>All users, active and inactive, ordered by display name.</summary>
    Task<IReadOnlyList<AdminUserRow>> ListUsersAsync(CancellationToken cancellationToken = default);

    Task<AdminUserRow> GetUserAsync(Guid userId, CancellationToken cancellationToken = default);

    /// <summary>All teams with their manager's name and number of active members, ordered by name.</summary>
    Task<IReadOnlyList<AdminTeamRow>> ListTeamsAsync(CancellationToken cancellationToken = default);

    /// <summary>Creates a team; a taken name throws a domain error on <c>Name</c>.</summary>
    Task<Guid> CreateTeamAsync(TeamInput input, CancellationToken cancellationToken = default);

    /// <summary>Renames, moves region and appoints the manager; the kind cannot change.</summary>
    Task UpdateTeamAsync(
        Guid teamId, int expectedVersion, TeamInput input, CancellationToken cancellationToken = default);

    /// <summary>
    /// Creates the user and their sign-in (same id, no password, the given roles) in one
    /// transaction, then mails a link to <c>/invitation</c> in the user's language. The mail is
    /// sent after the commit; when it fails the user still exists and
    /// <see cref="InvitationResult.MailSent"/> is false. A taken email throws a domain error on <c>Email</c>.
    /// </summary>
    Task<InvitationResult> InviteAsync(UserInvitation invitation, CancellationToken cancellationToken = default);

    /// <summary>Mails a fresh invitation link to an active user who has not set a password yet.</summary>
    Task ResendInvitationAsync(Guid userId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Saves the edit form. Removing roles ends the user's sessions (they sign in again); an
    /// admin cannot remove their own Admin role.
    /// </summary>
    Task UpdateUserAsync(
        Guid userId, int expectedVersion, UserChanges changes, CancellationToken cancellationToken = default);

    /// <summary>
    /// Deactivates the user: raises <c>UserDeactivated</c> (open screens drop the user at once),
    /// changes the security stamp (cookies stop working at the next request) and locks the
    /// sign-in. Their records keep their owner until <see cref="HandOverAsync"/>. Admins cannot
    /// deactivate themselves.
    /// </summary>
    Task DeactivateAsync(Guid userId, int expectedVersion, CancellationToken cancellationToken = default);

    /// <summary>Lets a deactivated user sign in again with their old password.</summary>
    Task ReactivateAsync(Guid userId, int expectedVersion, CancellationToken cancellationToken = default);

    /// <summary>
    /// In one transaction, gives every (not deleted) account of <paramref name="fromUserId"/> and
    /// every open follow-up task assigned to them to <paramref name="toUserId"/>, who must be
    /// another active user. Done tasks keep their assignee. Returns the counts moved.
    /// </summary>
    Task<HandOverResult> HandOverAsync(Guid fromUserId, Guid toUserId, CancellationToken cancellationToken = default);
}
