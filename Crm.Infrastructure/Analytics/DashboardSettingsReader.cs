using Crm.Infrastructure.Organization;
using Crm.Infrastructure.Persistence;

namespace Crm.Infrastructure.Analytics;

/// <summary>Reads <see cref="DashboardSettings"/>: the organisation's profile and today's date there.</summary>
internal sealed class DashboardSettingsReader(TimeProvider clock)
{
    public async Task<DashboardSettings> ReadAsync(CrmDbContext db, CancellationToken cancellationToken)
    {
        var profile = await OrganizationProfile.ReadAsync(db, cancellationToken);

        return new DashboardSettings(
            profile.Zone, profile.Calendar, profile.WorkingDays, profile.DateAt(clock.GetUtcNow()));
    }
}
