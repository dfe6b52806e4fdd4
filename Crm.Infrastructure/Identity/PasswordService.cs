using Crm.Domain.Teams;
using Crm.Infrastructure.Admin;
using Crm.Infrastructure.Mail;
using Crm.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Crm.Infrastructure.Identity;

internal sealed class PasswordService(
    IDbContextFactory<CrmDbContext> contexts, UserManagers userManagers, IMailSender mail, IAppLinks links,
    ILogger<PasswordService> logger)
    : IPasswordService
{
    public async Task RequestResetAsync(string email, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        using var users = userManagers.For(db);

        var (identity, user) = await FindActiveAsync(db, users, email, cancellationToken);
        if (identity is null || user is null)
        {
            return;
        }

        var token = await users.GeneratePasswordResetTokenAsync(identity);
        var link = links.Create(
            $"reset-password?email={Uri.EscapeDataString(user.Email)}&token={Uri.EscapeDataString(token)}");
        var message = AccountMails.PasswordReset(user.Email, user.DisplayName, user.Language, link);
        // Not awaited: an SMTP round trip would tell a stranger that the address exists.
        _ = Task.Run(() => SendResetAsync(message, user.Id), CancellationToken.None);
    }

    public async Task<PasswordChangeResult> ResetAsync(
        string email, string token, string newPassword, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        using var users = userManagers.For(db);

        var (identity, _) = await FindActiveAsync(db, users, email, cancellationToken);
        if (identity is null)
        {
            return PasswordChangeResult.Failed(PasswordChangeResult.InvalidToken);
        }

        var result = await users.ResetPasswordAsync(identity, token ?? "", newPassword ?? "");
        if (!result.Succeeded)
        {
            return PasswordChangeResult.Failed(result.Errors.Select(e => e.Code).ToList());
        }

        await users.SetLockoutEndDateAsync(identity, null);
        await users.ResetAccessFailedCountAsync(identity);
        AdminLog.PasswordSet(logger, identity.Id, "reset");

        return PasswordChangeResult.Success(identity.Id);
    }

    public async Task<InvitationDetails?> FindInvitationAsync(
        Guid userId, string token, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        using var users = userManagers.For(db);

        var (identity, user) = await FindPendingAsync(db, users, userId, cancellationToken);
        var valid = identity is not null && await users.VerifyUserTokenAsync(
            identity, users.Options.Tokens.PasswordResetTokenProvider,
            UserManager<CrmIdentityUser>.ResetPasswordTokenPurpose, token ?? "");

        return valid ? new InvitationDetails(user!.Id, user.DisplayName, user.Email, user.Language) : null;
    }

    public async Task<PasswordChangeResult> AcceptInvitationAsync(
        Guid userId, string token, string newPassword, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        using var users = userManagers.For(db);

        var (identity, _) = await FindPendingAsync(db, users, userId, cancellationToken);
        if (identity is null)
        {
            return PasswordChangeResult.Failed(PasswordChangeResult.InvalidToken);
        }

        var result = await users.ResetPasswordAsync(identity, token ?? "", newPassword ?? "");
        if (!result.Succeeded)
        {
            return PasswordChangeResult.Failed(result.Errors.Select(e => e.Code).ToList());
        }

        // Following the mailed link proves the address.
        identity.EmailConfirmed = true;
        await users.UpdateAsync(identity);
        AdminLog.PasswordSet(logger, identity.Id, "invitation");

        return PasswordChangeResult.Success(identity.Id);
    }

    private static async Task<(CrmIdentityUser? Identity, User? User)> FindActiveAsync(
        CrmDbContext db, UserManager<CrmIdentityUser> users, string? email, CancellationToken cancellationToken)
    {
        var identity = string.IsNullOrWhiteSpace(email) ? null : await users.FindByEmailAsync(email.Trim());
        var user = identity is null
            ? null
            : await ActiveUserAsync(db, identity.Id, cancellationToken);

        return user is null ? (null, null) : (identity, user);
    }

    private static async Task<(CrmIdentityUser? Identity, User? User)> FindPendingAsync(
        CrmDbContext db, UserManager<CrmIdentityUser> users, Guid userId, CancellationToken cancellationToken)
    {
        var identity = await users.FindByIdAsync(userId.ToString());
        var user = identity is not { PasswordHash: null }
            ? null
            : await ActiveUserAsync(db, userId, cancellationToken);

        return user is null ? (null, null) : (identity, user);
    }

    private static Task<User?> ActiveUserAsync(CrmDbContext db, Guid userId, CancellationToken cancellationToken) =>
        db.CrmUsers.AsNoTracking().SingleOrDefaultAsync(u => u.Id == userId && u.IsActive, cancellationToken);

    private async Task SendResetAsync(MailMessage message, Guid userId)
    {
        try
        {
            var messageId = await mail.SendAsync(message);
            AdminLog.ResetMailSent(logger, userId, messageId);
        }
        catch (Exception ex)
        {
            AdminLog.ResetMailFailed(logger, ex, userId);
        }
    }
}
