using Crm.Domain.Organization;
using Crm.Domain.Sla;
using Crm.Infrastructure.Currencies;
using Crm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Analytics;

/// <summary>
/// The organisation's settings the fact tables convert and count with: the base currency, the
/// default time zone that decides "today", and the working week as a calendar (what a ticket
/// without an SLA policy is measured on). A database whose settings were never saved gets the
/// defaults of <see cref="OrganizationSettings"/>.
/// </summary>
internal sealed record AnalyticsSettings(string BaseCurrency, TimeZoneInfo Zone, BusinessSchedule WorkingWeek)
{
    public static async Task<AnalyticsSettings> ReadAsync(CrmDbContext db, CancellationToken cancellationToken)
    {
        var row = await db.Organization.AsNoTracking()
            .Select(o => new { o.BaseCurrency, o.DefaultTimeZone, o.WorkingDays, o.WorkdayStart, o.WorkdayEnd })
            .FirstOrDefaultAsync(cancellationToken);
        var defaults = new OrganizationSettings(
            "Default", CurrencyConversion.DefaultBaseCurrency, CurrencyConversion.DefaultTimeZone);
        var zone = row?.DefaultTimeZone ?? defaults.DefaultTimeZone;
        var shifts = (row?.WorkingDays ?? defaults.WorkingDays).Select(day => WorkingShift.Of(
            day, (row?.WorkdayStart ?? defaults.WorkdayStart).ToTimeSpan(),
            (row?.WorkdayEnd ?? defaults.WorkdayEnd).ToTimeSpan()));

        return new AnalyticsSettings(
            row?.BaseCurrency ?? defaults.BaseCurrency, TimeZoneInfo.FindSystemTimeZoneById(zone),
            new BusinessSchedule(zone, shifts, []));
    }
}
