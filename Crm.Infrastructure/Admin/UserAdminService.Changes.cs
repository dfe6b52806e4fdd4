using Crm.Domain.Common;
using Crm.Domain.Teams;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Identity;
using Crm.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Admin;

internal sealed partial class UserAdminService
{
    public async Task UpdateUserAsync(
        Guid userId, int expectedVersion, UserChanges changes, CancellationToken cancellationToken = default)
    {
        var actor = await EnsureAdminAsync(cancellationToken);
        var roles = AdminRules.ValidRoles(changes.Roles);
        if (userId == actor.UserId && !roles.Contains(Roles.Admin))
        {
            throw new DomainException("Roles.self-admin", "You cannot remove your own Admin role.", "Roles");
        }

        await contexts.InTransactionAsync(async db =>
        {
            var user = await LoadForChangeAsync(db, userId, expectedVersion, cancellationToken);
            await ApplyAsync(db, user, changes, Now, cancellationToken);
            var (added, removed) = await RoleDifferenceAsync(db, userId, roles);
            if (added.Count + removed.Count > 0)
            {
                // Recorded before the save, so the event is written with the user's change.
                user.NoteRolesChanged(Now);
            }

            await SaveCheckedAsync(db, "User", userId, cancellationToken);
            await ChangeRolesAsync(db, userId, added, removed, cancellationToken);

            return true;
        }, cancellationToken);
    }

    public async Task DeactivateAsync(Guid userId, int expectedVersion, CancellationToken cancellationToken = default)
    {
        var actor = await EnsureAdminAsync(cancellationToken);
        if (userId == actor.UserId)
        {
            throw new DomainException("User.self-deactivate", "You cannot deactivate your own account.");
        }

        await contexts.InTransactionAsync(async db =>
        {
            var user = await LoadForChangeAsync(db, userId, expectedVersion, cancellationToken);
            user.Deactivate(Now);
            await SaveCheckedAsync(db, "User", userId, cancellationToken);
            await ChangeSignInAsync(db, userId, async (users, identity) =>
            {
                IdentityChecks.Ensure(await users.SetLockoutEnabledAsync(identity, true), userId);
                IdentityChecks.Ensure(await users.SetLockoutEndDateAsync(identity, DateTimeOffset.MaxValue), userId);
                IdentityChecks.Ensure(await users.UpdateSecurityStampAsync(identity), userId);
            });

            return true;
        }, cancellationToken);
        AdminLog.Deactivated(logger, userId, actor.UserId);
    }

    public async Task ReactivateAsync(Guid userId, int expectedVersion, CancellationToken cancellationToken = default)
    {
        var actor = await EnsureAdminAsync(cancellationToken);

        await contexts.InTransactionAsync(async db =>
        {
            var user = await LoadForChangeAsync(db, userId, expectedVersion, cancellationToken);
            user.Activate(Now);
            await SaveCheckedAsync(db, "User", userId, cancellationToken);
            await ChangeSignInAsync(db, userId, async (users, identity) =>
            {
                IdentityChecks.Ensure(await users.SetLockoutEndDateAsync(identity, null), userId);
                IdentityChecks.Ensure(await users.ResetAccessFailedCountAsync(identity), userId);
            });

            return true;
        }, cancellationToken);
        AdminLog.Reactivated(logger, userId, actor.UserId);
    }

    /// <summary>
    /// Loads the user checking <paramref name="expectedVersion"/>. The version is always bumped,
    /// so a save that only changes roles or sign-in still counts as a change of the user.
    /// </summary>
    private static async Task<User> LoadForChangeAsync(
        CrmDbContext db, Guid userId, int expectedVersion, CancellationToken cancellationToken)
    {
        var user = await db.CrmUsers.SingleOrDefaultAsync(u => u.Id == userId, cancellationToken)
            ?? throw new NotFoundException("User", userId);
        var version = db.Entry(user).Property(u => u.Version);
        version.OriginalValue = expectedVersion;
        version.IsModified = true;

        return user;
    }

    private static async Task ApplyAsync(
        CrmDbContext db, User user, UserChanges changes, DateTime at, CancellationToken cancellationToken)
    {
        if (changes.TeamId != user.TeamId)
        {
            await AdminRules.EnsureTeamAsync(db, changes.TeamId, cancellationToken);
            user.MoveToTeam(changes.TeamId, at);
        }

        user.UpdateProfile(changes.DisplayName, changes.TimeZone, changes.Region ?? "");
        user.ChangeLanguage(changes.Language);
        user.ChangeAvailability(changes.Availability, at);
        user.SetCapacity(changes.CapacityLimit);
    }

    private async Task<(List<string> Added, List<string> Removed)> RoleDifferenceAsync(
        CrmDbContext db, Guid userId, IReadOnlyList<string> roles)
    {
        using var users = userManagers.For(db);
        var identity = await users.FindByIdAsync(userId.ToString()) ?? throw new NotFoundException("User", userId);
        var current = await users.GetRolesAsync(identity);

        return (roles.Except(current).ToList(), current.Except(roles).ToList());
    }

    /// <summary>Removing a role also renews the security stamp, so the user's sessions end.</summary>
    private Task ChangeRolesAsync(
        CrmDbContext db, Guid userId, List<string> added, List<string> removed,
        CancellationToken cancellationToken) =>
        ChangeSignInAsync(db, userId, async (users, identity) =>
        {
            if (added.Count > 0)
            {
                await AdminRules.EnsureRolesExistAsync(db, added, cancellationToken);
                IdentityChecks.Ensure(await users.AddToRolesAsync(identity, added), userId);
            }

            if (removed.Count > 0)
            {
                IdentityChecks.Ensure(await users.RemoveFromRolesAsync(identity, removed), userId);
                IdentityChecks.Ensure(await users.UpdateSecurityStampAsync(identity), userId);
            }
        });

    private async Task ChangeSignInAsync(
        CrmDbContext db, Guid userId, Func<UserManager<CrmIdentityUser>, CrmIdentityUser, Task> change)
    {
        using var users = userManagers.For(db);
        var identity = await users.FindByIdAsync(userId.ToString()) ?? throw new NotFoundException("User", userId);
        await change(users, identity);
    }
}
