using Crm.Domain.Common;
using Crm.Domain.Teams;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Identity;
using Crm.Infrastructure.Mail;
using Crm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Admin;

internal sealed partial class UserAdminService
{
    public async Task<InvitationResult> InviteAsync(
        UserInvitation invitation, CancellationToken cancellationToken = default)
    {
        var actor = await EnsureAdminAsync(cancellationToken);
        var roles = AdminRules.ValidRoles(invitation.Roles);

        var (user, token) = await contexts.InTransactionAsync(
            db => CreateInvitedAsync(db, invitation, roles, cancellationToken), cancellationToken);
        AdminLog.Invited(logger, user.Id, actor.UserId);

        return new InvitationResult(user.Id, await SendInvitationAsync(user, token, cancellationToken));
    }

    public async Task ResendInvitationAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        await EnsureAdminAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        using var users = userManagers.For(db);

        var user = await db.CrmUsers.AsNoTracking().SingleOrDefaultAsync(u => u.Id == userId, cancellationToken)
            ?? throw new NotFoundException("User", userId);
        var identity = await users.FindByIdAsync(userId.ToString()) ?? throw new NotFoundException("User", userId);
        if (!user.IsActive || identity.PasswordHash is not null)
        {
            throw new DomainException("Invitation.not-pending", "This user has already accepted the invitation.");
        }

        var token = await users.GeneratePasswordResetTokenAsync(identity);
        if (!await SendInvitationAsync(user, token, cancellationToken))
        {
            throw new DomainException("Invitation.mail-failed", "The invitation mail could not be sent.");
        }
    }

    private async Task<(User User, string Token)> CreateInvitedAsync(
        CrmDbContext db, UserInvitation invitation, IReadOnlyList<string> roles, CancellationToken cancellationToken)
    {
        var user = new User(
            Guid.CreateVersion7(), invitation.DisplayName, invitation.Email, invitation.TeamId, invitation.TimeZone,
            invitation.Language);
        user.UpdateProfile(user.DisplayName, user.TimeZone, invitation.Region ?? "");
        user.SetCapacity(invitation.CapacityLimit);
        await AdminRules.EnsureTeamAsync(db, user.TeamId, cancellationToken);
        await AdminRules.EnsureEmailFreeAsync(db, user.Email, cancellationToken);
        db.CrmUsers.Add(user);
        await db.SaveChangesAsync(cancellationToken);

        using var users = userManagers.For(db);
        var identity = new CrmIdentityUser { Id = user.Id, UserName = user.Email, Email = user.Email };
        IdentityChecks.Ensure(await users.CreateAsync(identity), user.Id);
        await AdminRules.EnsureRolesExistAsync(db, roles, cancellationToken);
        IdentityChecks.Ensure(await users.AddToRolesAsync(identity, roles), user.Id);

        return (user, await users.GeneratePasswordResetTokenAsync(identity));
    }

    private async Task<bool> SendInvitationAsync(User user, string token, CancellationToken cancellationToken)
    {
        var link = links.Create($"invitation?userId={user.Id}&token={Uri.EscapeDataString(token)}");
        try
        {
            var message = AccountMails.Invitation(user.Email, user.DisplayName, user.Language, link);
            await mail.SendAsync(message, cancellationToken);

            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            AdminLog.InvitationMailFailed(logger, ex, user.Id);

            return false;
        }
    }
}
