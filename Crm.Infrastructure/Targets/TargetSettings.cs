using Crm.Domain.Forecasting;
using Crm.Domain.Sla;
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
    private static readonly DayOfWeek[] DefaultWeek =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    public static async Task<TargetSettings> LoadAsync(
        CrmDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var settings = await db.Organization.AsNoTracking().FirstOrDefaultAsync(cancellationToken);
        var calendar = await db.SlaCalendars.AsNoTracking().Where(c => c.IsDefault)
            .FirstOrDefaultAsync(cancellationToken);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(settings?.DefaultTimeZone ?? "Asia/Shanghai");
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), zone).DateTime);
        var holidays = calendar?.SpecialDays.Where(d => d.Kind == SpecialDayKind.Holiday).Select(d => d.Date) ?? [];

        return new TargetSettings(
            new FiscalCalendar(settings?.FiscalYearStartMonth ?? 1), settings?.BaseCurrency ?? "CNY", zone,
            settings?.WorkingDays is { Count: > 0 } week ? [.. week] : DefaultWeek, holidays.ToHashSet(), today);
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
