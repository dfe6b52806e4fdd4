using Crm.Infrastructure.Common;
using Crm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.Benchmarks;

/// <summary>A demo user the benchmark signs in as, with the roles the database gives them.</summary>
internal sealed record Persona(string Key, string Email, Actor Actor)
{
    // The demo seed's administrator, the Key Accounts manager and an East China rep.
    private static readonly Dictionary<string, string> Emails = new(StringComparer.Ordinal)
    {
        ["admin"] = "admin@demo.crm",
        ["manager"] = "zhou.jianhua@demo.crm",
        ["rep"] = "zhang.wei@demo.crm",
    };

    public static async Task<Persona> LoadAsync(CrmDbContext db, string key, CancellationToken cancellationToken)
    {
        var email = Emails.GetValueOrDefault(key)
            ?? throw new ArgumentException($"Unknown persona '{key}'; use admin, manager or rep.");
        var userId = await db.CrmUsers.Where(u => u.Email == email).Select(u => u.Id)
            .SingleOrDefaultAsync(cancellationToken);
        if (userId == Guid.Empty)
        {
            throw new InvalidOperationException($"{email} is missing: the database needs the demo seed.");
        }

        var roles = await (
                from userRole in db.UserRoles
                join role in db.Roles on userRole.RoleId equals role.Id
                where userRole.UserId == userId
                select role.Name!)
            .ToListAsync(cancellationToken);

        return new Persona(key, email, new Actor(userId, roles.ToHashSet(StringComparer.Ordinal)));
    }
}
