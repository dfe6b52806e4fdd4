using Crm.Domain.Common;
using Crm.Domain.Teams;
using Crm.Infrastructure.Identity;
using Crm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Admin;

/// <summary>Checks of administration input that need the database or span Identity and the domain.</summary>
internal static class AdminRules
{
    public static IReadOnlyList<string> ValidRoles(IReadOnlyList<string>? roles)
    {
        var distinct = (roles ?? []).Distinct(StringComparer.Ordinal).ToList();
        if (distinct.Count == 0)
        {
            throw new DomainException("Roles.required", "Choose at least one role.", "Roles");
        }

        return distinct.All(Roles.All.Contains)
            ? distinct
            : throw new DomainException("Roles.invalid", "Unknown role.", "Roles");
    }

    /// <summary>
    /// Whether the user holds the Admin role in the database and is active. Checked on every
    /// administrative call: a demoted admin's open circuit still carries the old claim.
    /// </summary>
    public static async Task<bool> IsActiveAdminAsync(CrmDbContext db, Guid userId, CancellationToken cancellationToken)
    {
        var adminRole = await db.Roles.Where(r => r.NormalizedName == Roles.Admin.ToUpperInvariant())
            .Select(r => r.Id).FirstOrDefaultAsync(cancellationToken);

        return await db.UserRoles.AnyAsync(ur => ur.UserId == userId && ur.RoleId == adminRole, cancellationToken)
            && await db.CrmUsers.AnyAsync(u => u.Id == userId && u.IsActive, cancellationToken);
    }

    public static async Task EnsureTeamAsync(CrmDbContext db, Guid teamId, CancellationToken cancellationToken)
    {
        if (!await db.Teams.AnyAsync(t => t.Id == teamId, cancellationToken))
        {
            throw new DomainException("Team.required", "Choose a team.", "Team");
        }
    }

    public static async Task EnsureEmailFreeAsync(CrmDbContext db, string email, CancellationToken cancellationToken)
    {
        var normalized = email.ToUpperInvariant();
        if (await db.CrmUsers.AnyAsync(u => u.Email == email, cancellationToken)
            || await db.Users.AnyAsync(u => u.NormalizedEmail == normalized, cancellationToken))
        {
            throw new DomainException("Email.taken", "A user with this email already exists.", "Email");
        }
    }

    /// <summary>
    /// Roles are rows in the database; the first assignment of a role creates its row, so a
    /// fresh database needs no seed to invite its first users.
    /// </summary>
    public static async Task EnsureRolesExistAsync(
        CrmDbContext db, IReadOnlyList<string> roles, CancellationToken cancellationToken)
    {
        var normalized = roles.Select(r => r.ToUpperInvariant()).ToList();
        var existing = await db.Roles.Where(r => normalized.Contains(r.NormalizedName!))
            .Select(r => r.NormalizedName)
            .ToListAsync(cancellationToken);
        var missing = roles.Where(r => !existing.Contains(r.ToUpperInvariant())).ToList();
        if (missing.Count == 0)
        {
            return;
        }

        db.Roles.AddRange(missing.Select(r => new CrmRole(r)));
        await db.SaveChangesAsync(cancellationToken);
    }
}
