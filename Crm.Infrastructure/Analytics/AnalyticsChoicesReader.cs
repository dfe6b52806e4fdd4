using Crm.Domain.Analytics;
using Crm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Analytics;

/// <summary>Names the reps and teams of the visible facts: two small queries by id.</summary>
internal static class AnalyticsChoicesReader
{
    public static async Task<AnalyticsChoices> ReadAsync(
        CrmDbContext db, IReadOnlyCollection<OpportunityFact> rows, CancellationToken cancellationToken)
    {
        var ownerIds = rows.Select(f => f.OwnerId).Distinct().ToList();
        var teamIds = rows.Where(f => f.TeamId is not null).Select(f => f.TeamId!.Value).Distinct().ToList();
        var owners = await db.CrmUsers.AsNoTracking()
            .Where(u => ownerIds.Contains(u.Id))
            .Select(u => new AnalyticsChoice(u.Id, u.DisplayName))
            .ToListAsync(cancellationToken);
        var teams = await db.Teams.AsNoTracking()
            .Where(t => teamIds.Contains(t.Id))
            .Select(t => new AnalyticsChoice(t.Id, t.Name))
            .ToListAsync(cancellationToken);
        var regions = rows.Select(f => f.Region).Where(r => r.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase);

        return new AnalyticsChoices(
            [.. owners.OrderBy(o => o.Name, StringComparer.CurrentCulture)],
            [.. teams.OrderBy(t => t.Name, StringComparer.CurrentCulture)],
            [.. regions.Order(StringComparer.CurrentCulture)]);
    }
}
