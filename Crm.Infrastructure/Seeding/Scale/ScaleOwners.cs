using Crm.Domain.Teams;
using Crm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Seeding.Scale;

/// <summary>
/// Who owns generated accounts: the owners an earlier run generated, else the active sales
/// reps and managers (the demo seed's, say), else a generated sales team of its own. The
/// list is ordered by id, so the same database always gives the same owners.
/// </summary>
internal static class ScaleOwners
{
    public const int GeneratedCount = 20;

    public static readonly Guid TeamId = DeterministicGuid.From("scale:team", "sales");

    /// <summary>Returns the owners and whether they had to be created.</summary>
    public static async Task<(List<Guid> Owners, bool Created)> LoadOrCreateAsync(
        CrmDbContext db, CancellationToken cancellationToken)
    {
        var generated = await db.CrmUsers
            .Where(u => u.TeamId == TeamId)
            .Select(u => u.Id)
            .ToListAsync(cancellationToken);
        if (generated.Count > 0)
        {
            return (generated.Order().ToList(), false);
        }

        var sales = await (
                from user in db.CrmUsers
                join userRole in db.UserRoles on user.Id equals userRole.UserId
                join role in db.Roles on userRole.RoleId equals role.Id
                where user.IsActive && (role.Name == Roles.SalesRep || role.Name == Roles.SalesManager)
                select user.Id)
            .Distinct()
            .ToListAsync(cancellationToken);
        if (sales.Count > 0)
        {
            return (sales.Order().ToList(), false);
        }

        return (await CreateAsync(db, cancellationToken), true);
    }

    private static async Task<List<Guid>> CreateAsync(CrmDbContext db, CancellationToken cancellationToken)
    {
        var team = new Team(TeamId, "批量数据销售组", TeamKind.Sales, Vocabulary.Cities.Nationwide);
        var users = Enumerable.Range(1, GeneratedCount)
            .Select(i => new User(
                DeterministicGuid.From("scale:user", i), $"压测销售{i:00}", $"scale.rep{i:00}@demo.crm", TeamId,
                "Asia/Shanghai", Domain.Common.Languages.Chinese))
            .ToList();
        team.AppointManager(users[0].Id);
        db.Teams.Add(team);
        db.CrmUsers.AddRange(users);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();

        return users.Select(u => u.Id).Order().ToList();
    }
}
