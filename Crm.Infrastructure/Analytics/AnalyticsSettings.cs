using Crm.Domain.Sla;
using Crm.Infrastructure.Organization;
using Crm.Infrastructure.Persistence;

namespace Crm.Infrastructure.Analytics;

/// <summary>
/// The organisation's settings the fact tables convert and count with: the base currency, the
/// default time zone that decides "today", and the working week as a calendar (what a ticket
/// without an SLA policy is measured on).
/// </summary>
internal sealed record AnalyticsSettings(string BaseCurrency, TimeZoneInfo Zone, BusinessSchedule WorkingWeek)
{
    public static async Task<AnalyticsSettings> ReadAsync(CrmDbContext db, CancellationToken cancellationToken)
    {
        var profile = await OrganizationProfile.ReadAsync(db, cancellationToken);

        return new AnalyticsSettings(profile.BaseCurrency, profile.Zone, profile.WorkingWeek);
    }
}
