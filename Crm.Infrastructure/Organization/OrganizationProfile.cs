using Crm.Domain.Forecasting;
using Crm.Domain.Organization;
using Crm.Domain.Sla;
using Crm.Infrastructure.Currencies;
using Crm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Organization;

/// <summary>
/// What the organisation's settings decide for every figure: the base currency amounts convert to,
/// the time zone that names "today", the fiscal calendar and the working week. Read in one small
/// query; a database whose settings were never saved gets the defaults of
/// <see cref="OrganizationSettings"/>, the same ones everywhere.
/// </summary>
internal sealed record OrganizationProfile(
    string BaseCurrency,
    TimeZoneInfo Zone,
    FiscalCalendar Calendar,
    IReadOnlyList<DayOfWeek> WorkingDays,
    TimeOnly WorkdayStart,
    TimeOnly WorkdayEnd)
{
    public static async Task<OrganizationProfile> ReadAsync(CrmDbContext db, CancellationToken cancellationToken)
    {
        var settings = await db.Organization.AsNoTracking().FirstOrDefaultAsync(cancellationToken)
            ?? new OrganizationSettings(
                "Default", CurrencyConversion.DefaultBaseCurrency, CurrencyConversion.DefaultTimeZone);

        return new OrganizationProfile(
            settings.BaseCurrency,
            TimeZoneInfo.FindSystemTimeZoneById(settings.DefaultTimeZone),
            new FiscalCalendar(settings.FiscalYearStartMonth),
            [.. settings.WorkingDays],
            settings.WorkdayStart,
            settings.WorkdayEnd);
    }

    /// <summary>The organisation's date at <paramref name="instant"/>.</summary>
    public DateOnly DateAt(DateTimeOffset instant) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone).DateTime);

    /// <summary>
    /// The working week as a schedule without holidays: what a ticket without an SLA policy is measured on.
    /// </summary>
    public BusinessSchedule WorkingWeek => new(
        Zone.Id,
        WorkingDays.Select(day => WorkingShift.Of(day, WorkdayStart.ToTimeSpan(), WorkdayEnd.ToTimeSpan())),
        []);
}
