using Crm.Domain.Forecasting;
using Crm.Domain.Sla;
using Crm.Infrastructure.Organization;
using Crm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Targets;

/// <summary>
/// The organisation's settings targets are computed with, read once per operation: the fiscal
/// calendar, base currency, time zone, working week, and the holidays and make-up working days of
/// the default business calendar. A database whose settings were never saved gets
/// OrganizationSettings' defaults.
/// </summary>
internal sealed record TargetSettings(
    FiscalCalendar Calendar, string BaseCurrency, TimeZoneInfo Zone, IReadOnlyCollection<DayOfWeek> WorkingDays,
    IReadOnlySet<DateOnly> Holidays, IReadOnlySet<DateOnly> MakeUpDays, DateOnly Today)
{
    public static async Task<TargetSettings> LoadAsync(
        CrmDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var profile = await OrganizationProfile.ReadAsync(db, cancellationToken);
        var calendar = await db.SlaCalendars.AsNoTracking().Where(c => c.IsDefault)
            .FirstOrDefaultAsync(cancellationToken);
        var specialDays = calendar?.SpecialDays ?? [];

        return new TargetSettings(
            profile.Calendar, profile.BaseCurrency, profile.Zone, profile.WorkingDays,
            DaysOf(specialDays, SpecialDayKind.Holiday), DaysOf(specialDays, SpecialDayKind.WorkingDay),
            profile.DateAt(clock.GetUtcNow()));
    }

    /// <summary>The share of <paramref name="period"/>'s working days passed by the end of today: the pace.</summary>
    public decimal PaceOf(FiscalPeriod period) =>
        period.ElapsedWorkingShare(Today, WorkingDays, Holidays, MakeUpDays);

    private static HashSet<DateOnly> DaysOf(IEnumerable<SpecialDay> days, SpecialDayKind kind) =>
        days.Where(d => d.Kind == kind).Select(d => d.Date).ToHashSet();

    /// <summary>The period's first and end instants in UTC: midnight in the organisation's time zone.</summary>
    public (DateTime From, DateTime To) UtcBounds(FiscalPeriod period) => UtcBounds(period.Start, period.End);

    /// <summary>The days from <paramref name="start"/> up to <paramref name="end"/> as UTC instants.</summary>
    public (DateTime From, DateTime To) UtcBounds(DateOnly start, DateOnly end) => (Midnight(start), Midnight(end));

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
