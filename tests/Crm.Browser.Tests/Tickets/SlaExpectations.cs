using Crm.Browser.Tests.Common;
using Crm.Domain.Sla;
using Crm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Browser.Tests.Tickets;

/// <summary>
/// What a ticket's first-response clock should show, worked out from the stored set-up rather
/// than from what the app computed: the policy of the ticket's priority (no customer tier), on
/// that policy's calendar or else the default one.
/// </summary>
internal sealed record FirstResponseClock(TimeSpan Target, DateTime OpenedAt, BusinessCalendar Calendar)
{
    /// <summary>The remaining working time at <paramref name="utc"/>.</summary>
    public TimeSpan RemainingAt(DateTime utc) => Target - Calendar.WorkingTimeBetween(OpenedAt, utc);

    /// <summary>Whether the calendar counts the time around <paramref name="utc"/> (the clock ticks).</summary>
    public bool TicksAround(DateTime utc) =>
        Calendar.Schedule().IsWorkingAt(utc) && Calendar.Schedule().IsWorkingAt(utc.AddMinutes(2));
}

internal static class SlaExpectations
{
    public static async Task<FirstResponseClock> FirstResponseClockAsync(this CrmAppFixture app, int number)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<CrmDbContext>>()
            .CreateDbContextAsync();
        var ticket = await db.Tickets.Where(t => t.Number == number)
            .Select(t => new { t.Priority, t.OpenedAt }).SingleAsync();
        var priority = Enum.Parse<SlaPriority>(ticket.Priority.ToString());
        var policy = await db.SlaPolicies.AsNoTracking().SingleAsync(p => p.Priority == priority && p.Tier == null);
        var calendars = await db.SlaCalendars.AsNoTracking().ToListAsync();
        var calendar = calendars.FirstOrDefault(c => c.Id == policy.CalendarId) ?? calendars.Single(c => c.IsDefault);

        return new FirstResponseClock(TimeSpan.FromMinutes(policy.FirstResponseMinutes), ticket.OpenedAt, calendar);
    }
}
