using Crm.Domain.Teams;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Identity;
using Crm.Infrastructure.Mail;
using Crm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Crm.Infrastructure.Admin;

internal sealed partial class UserAdminService(
    IDbContextFactory<CrmDbContext> contexts, ICurrentUser currentUser, UserManagers userManagers,
    IMailSender mail, IAppLinks links, TimeProvider clock, ILogger<UserAdminService> logger)
    : IUserAdminService
{
    public async Task<IReadOnlyList<AdminUserRow>> ListUsersAsync(CancellationToken cancellationToken = default)
    {
        await EnsureAdminAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        return await UserRowsAsync(db, null, cancellationToken);
    }

    public async Task<AdminUserRow> GetUserAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        await EnsureAdminAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await UserRowsAsync(db, userId, cancellationToken);

        return rows.Count == 1 ? rows[0] : throw new NotFoundException("User", userId);
    }

    /// <summary>
    /// The Admin role is checked in the database too: a demoted admin's open circuit still
    /// carries the old claim.
    /// </summary>
    private async Task<Actor> EnsureAdminAsync(CancellationToken cancellationToken)
    {
        var actor = await currentUser.GetAsync(cancellationToken);
        if (!actor.IsAdmin || !await IsActiveAdminAsync(actor.UserId, cancellationToken))
        {
            AdminLog.Refused(logger, actor.UserId);
            throw new ForbiddenException("Only administrators manage users and teams.");
        }

        return actor;
    }

    private async Task<bool> IsActiveAdminAsync(Guid userId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        return await AdminRules.IsActiveAdminAsync(db, userId, cancellationToken);
    }

    private static async Task<IReadOnlyList<AdminUserRow>> UserRowsAsync(
        CrmDbContext db, Guid? onlyUserId, CancellationToken cancellationToken)
    {
        var users = await db.CrmUsers.AsNoTracking()
            .Where(u => onlyUserId == null || u.Id == onlyUserId)
            .Join(db.Teams, u => u.TeamId, t => t.Id, (u, t) => new { User = u, TeamName = t.Name })
            .ToListAsync(cancellationToken);
        var roles = await RolesByUserAsync(db, onlyUserId, cancellationToken);
        var pending = await db.Users
            .Where(i => i.PasswordHash == null && (onlyUserId == null || i.Id == onlyUserId))
            .Select(i => i.Id)
            .ToListAsync(cancellationToken);

        return users
            .Select(x => ToRow(x.User, x.TeamName, roles.GetValueOrDefault(x.User.Id, []), pending.Contains(x.User.Id)))
            .OrderBy(r => r.DisplayName, StringComparer.CurrentCulture)
            .ToList();
    }

    private static async Task<Dictionary<Guid, IReadOnlyList<string>>> RolesByUserAsync(
        CrmDbContext db, Guid? onlyUserId, CancellationToken cancellationToken)
    {
        var pairs = await db.UserRoles
            .Where(ur => onlyUserId == null || ur.UserId == onlyUserId)
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
            .ToListAsync(cancellationToken);

        return pairs
            .GroupBy(p => p.UserId)
            .ToDictionary(
                g => g.Key,
                g => (IReadOnlyList<string>)g.Select(p => p.Name ?? "").OrderBy(Roles.All.ToList().IndexOf).ToList());
    }

    private static AdminUserRow ToRow(User u, string teamName, IReadOnlyList<string> roles, bool pending) =>
        new(u.Id, u.Version, u.DisplayName, u.Email, u.TeamId, teamName, roles, u.Availability, u.CapacityLimit,
            u.Region, u.TimeZone, u.Language, u.IsActive, pending);

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
}
