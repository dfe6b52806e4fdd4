using Crm.Domain.Forecasting;
using Crm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Analytics;

/// <summary>
/// Reads <see cref="DashboardSettings"/> in one small query; a database never configured gets the
/// defaults.
/// </summary>
internal sealed class DashboardSettingsReader(TimeProvider clock)
{
    private const string DefaultTimeZone = "Asia/Shanghai";

    private static readonly DayOfWeek[] Weekdays =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    public async Task<DashboardSettings> ReadAsync(CrmDbContext db, CancellationToken cancellationToken)
    {
        var settings = await db.Organization.AsNoTracking()
            .Select(o => new { o.DefaultTimeZone, o.FiscalYearStartMonth, o.WorkingDays })
            .FirstOrDefaultAsync(cancellationToken);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(settings?.DefaultTimeZone ?? DefaultTimeZone);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), zone).DateTime);

        return new DashboardSettings(
            zone,
            new FiscalCalendar(settings?.FiscalYearStartMonth ?? 1),
            (IReadOnlyCollection<DayOfWeek>?)settings?.WorkingDays ?? Weekdays,
            today);
    }
}
