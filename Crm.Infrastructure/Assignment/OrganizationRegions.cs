using Crm.Domain.Common;
using Crm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Assignment;

/// <summary>
/// The regions the organization is organised by: those its people and teams cover (华东, 华南 …).
/// Lead forms and rule conditions offer them, so a lead's region is spelled the way the rules
/// and territory owners spell it.
/// </summary>
internal static class OrganizationRegions
{
    public static async Task<IReadOnlyList<string>> ListAsync(CrmDbContext db, CancellationToken cancellationToken)
    {
        var regions = await db.CrmUsers.Where(u => u.IsActive).Select(u => u.Region)
            .Concat(db.Teams.Select(t => t.Region))
            .Distinct()
            .ToListAsync(cancellationToken);

        return
        [
            .. regions.Where(r => !string.IsNullOrWhiteSpace(r)).Select(r => r.Trim()).Distinct()
                .OrderBy(NameSortKey.For, StringComparer.Ordinal),
        ];
    }
}
