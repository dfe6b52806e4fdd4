namespace Crm.Infrastructure.Identity;

/// <summary>
/// The anonymous account pages: forgotten passwords and accepted invitations. Nothing here
/// tells a caller whether an email address belongs to a user.
/// </summary>
public interface IPasswordService
{
    /// <summary>
    /// When <paramref name="email"/> belongs to an active user, mails them a link to
    /// <c>/reset-password</c> in their language. Returns the same way, just as fast, whether or
    /// not it does: the mail leaves in the background and a failure is only logged.
    /// </summary>
    Task RequestResetAsync(string email, CancellationToken cancellationToken = default);

    /// <summary>
    /// Sets a new password with a token from the reset mail and lifts a lockout from failed
    /// sign-ins. An unknown email or inactive user fails with <c>InvalidToken</c>, like a bad token.
    /// Error codes are Identity's (<c>PasswordTooShort</c>, <c>PasswordRequiresDigit</c>, ...).
    /// </summary>
    Task<PasswordChangeResult> ResetAsync(
        string email, string token, string newPassword, CancellationToken cancellationToken = default);

    /// <summary>
    /// The invited user when the link is still good (user active, no password yet, token
    /// valid); null otherwise.
    /// </summary>
    Task<InvitationDetails?> FindInvitationAsync(
        Guid userId, string token, CancellationToken cancellationToken = default);

    /// <summary>
    /// Sets the first password of an invited user and confirms their email. Fails with
    /// <c>InvalidToken</c> when the link is no longer good, with Identity's password codes otherwise.
    /// </summary>
    Task<PasswordChangeResult> AcceptInvitationAsync(
        Guid userId, string token, string newPassword, CancellationToken cancellationToken = default);
}

/// <summary>Succeeded when there are no error codes; <see cref="UserId"/> is set on success.</summary>
public sealed record PasswordChangeResult(Guid? UserId, IReadOnlyList<string> ErrorCodes)
{
    public const string InvalidToken = "InvalidToken";

    public bool Succeeded => ErrorCodes.Count == 0;

    public static PasswordChangeResult Success(Guid userId) => new(userId, []);

    public static PasswordChangeResult Failed(params IReadOnlyList<string> codes) => new(null, codes);
}

public sealed record InvitationDetails(Guid UserId, string DisplayName, string Email, string Language);
