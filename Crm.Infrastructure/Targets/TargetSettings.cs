using Crm.Domain.Forecasting;
using Crm.Domain.Sla;
using Crm.Infrastructure.Organization;
using Crm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Targets;

/// <summary>
/// The organisation's settings targets are computed with, read once per operation: the fiscal
/// calendar, base currency, time zone, working week and holidays (those of the default business
/// calendar). A database whose settings were never saved gets OrganizationSettings' defaults.
/// </summary>
internal sealed record TargetSettings(
    FiscalCalendar Calendar, string BaseCurrency, TimeZoneInfo Zone, IReadOnlyCollection<DayOfWeek> WorkingDays,
    IReadOnlySet<DateOnly> Holidays, DateOnly Today)
{
    public static async Task<TargetSettings> LoadAsync(
        CrmDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var profile = await OrganizationProfile.ReadAsync(db, cancellationToken);
        var calendar = await db.SlaCalendars.AsNoTracking().Where(c => c.IsDefault)
            .FirstOrDefaultAsync(cancellationToken);
        var holidays = calendar?.SpecialDays.Where(d => d.Kind == SpecialDayKind.Holiday).Select(d => d.Date) ?? [];

        return new TargetSettings(
            profile.Calendar, profile.BaseCurrency, profile.Zone, profile.WorkingDays, holidays.ToHashSet(),
            profile.DateAt(clock.GetUtcNow()));
    }

    /// <summary>The period's first and end instants in UTC: midnight in the organisation's time zone.</summary>
    public (DateTime From, DateTime To) UtcBounds(FiscalPeriod period) =>
        (Midnight(period.Start), Midnight(period.End));

    private DateTime Midnight(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        // A clock change at midnight skips it: the day then starts at the first minute that exists.
        while (Zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(30);
        }

        return TimeZoneInfo.ConvertTimeToUtc(local, Zone);
    }
}
