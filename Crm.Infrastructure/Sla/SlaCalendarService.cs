using Crm.Domain.Common;
using Crm.Domain.Sla;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using static Crm.Infrastructure.Sla.CalendarInputs;

namespace Crm.Infrastructure.Sla;

internal sealed class SlaCalendarService(
    IDbContextFactory<CrmDbContext> contexts, ICurrentUser currentUser, TimeProvider clock,
    ILogger<SlaCalendarService> logger)
    : ISlaCalendarService
{
    private const string RecordType = "SlaCalendar";

    public async Task<IReadOnlyList<CalendarSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        await currentUser.GetAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        var calendars = await db.SlaCalendars.AsNoTracking().ToListAsync(cancellationToken);
        var uses = await db.SlaPolicies
            .GroupBy(p => p.CalendarId).Select(g => new { g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        // Policies that name no calendar count on the default one.
        int UsesOf(BusinessCalendar c) =>
            uses.Where(u => u.Key == c.Id || (u.Key == null && c.IsDefault)).Sum(u => u.Count);

        return
        [
            .. calendars.OrderByDescending(c => c.IsDefault).ThenBy(c => c.Name, StringComparer.CurrentCulture)
                .Select(c => SummaryOf(c, UsesOf(c))),
        ];
    }

    public async Task<CalendarView> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await currentUser.GetAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var calendar = await db.SlaCalendars.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken)
            ?? throw new NotFoundException(RecordType, id);

        return ViewOf(calendar);
    }

    public async Task<CalendarView> CreateAsync(CalendarInput input, CancellationToken cancellationToken = default)
    {
        var actor = await EnsureAdminAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        var calendar = BusinessCalendar.Create(
            Guid.CreateVersion7(), input.Name, input.TimeZoneId, ShiftsOf(input), DaysOf(input), Now);
        await EnsureNameFreeAsync(db, calendar, cancellationToken);
        if (!await db.SlaCalendars.AnyAsync(c => c.IsDefault, cancellationToken))
        {
            calendar.MarkDefault(Now);
        }

        db.SlaCalendars.Add(calendar);
        await db.SaveChangesAsync(cancellationToken);
        SlaLog.CalendarCreated(logger, calendar.Id, actor.UserId);

        return ViewOf(calendar);
    }

    public Task<CalendarView> UpdateAsync(
        Guid id, int expectedVersion, CalendarInput input, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, expectedVersion, "update", async (db, calendar) =>
        {
            calendar.Update(input.Name, input.TimeZoneId, ShiftsOf(input), DaysOf(input), Now);
            await EnsureNameFreeAsync(db, calendar, cancellationToken);
        }, cancellationToken);

    public Task<CalendarView> MakeDefaultAsync(
        Guid id, int expectedVersion, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, expectedVersion, "default", async (db, calendar) =>
        {
            // The previous default is saved with the version it was read at, so two admins
            // choosing different defaults at once cannot leave two defaults behind.
            var previous = await db.SlaCalendars
                .Where(c => c.IsDefault && c.Id != calendar.Id).ToListAsync(cancellationToken);
            foreach (var old in previous)
            {
                old.ClearDefault(Now);
            }

            calendar.MarkDefault(Now);
        }, cancellationToken);

    public async Task DeleteAsync(Guid id, int expectedVersion, CancellationToken cancellationToken = default) =>
        await ChangeAsync(id, expectedVersion, "delete", async (db, calendar) =>
        {
            if (await db.SlaPolicies.AnyAsync(p => p.CalendarId == id, cancellationToken))
            {
                throw new DomainException("Calendar.in-use", "Policies still count on this calendar.");
            }

            calendar.Delete(Now);
        }, cancellationToken);

    public DateTime PreviewDeadline(CalendarInput draft, DateTime openedAtUtc, int targetMinutes)
    {
        if (targetMinutes <= 0 || targetMinutes > SlaPolicy.MaxTargetMinutes)
        {
            throw new DomainException("Target.range", "The target is a positive number of working minutes.", "Target");
        }

        var calendar = BusinessCalendar.Create(
            Guid.CreateVersion7(), draft.Name, draft.TimeZoneId, ShiftsOf(draft), DaysOf(draft), Now);

        return calendar.AddWorkingTime(openedAtUtc, TimeSpan.FromMinutes(targetMinutes));
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private async Task<CalendarView> ChangeAsync(
        Guid id, int expectedVersion, string change, Func<CrmDbContext, BusinessCalendar, Task> apply,
        CancellationToken cancellationToken)
    {
        var actor = await EnsureAdminAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var calendar = await db.SlaCalendars.SingleOrDefaultAsync(c => c.Id == id, cancellationToken)
            ?? throw new NotFoundException(RecordType, id);
        db.ExpectVersion(calendar, expectedVersion);

        await apply(db, calendar);
        await db.SaveCheckedAsync(RecordType, id, cancellationToken);
        SlaLog.CalendarChanged(logger, id, actor.UserId, change);

        return ViewOf(calendar);
    }

    private static async Task EnsureNameFreeAsync(
        CrmDbContext db, BusinessCalendar calendar, CancellationToken cancellationToken)
    {
        var upper = calendar.Name.ToUpperInvariant();
        var names = await db.SlaCalendars.Where(c => c.Id != calendar.Id).Select(c => c.Name)
            .ToListAsync(cancellationToken);
        if (names.Any(n => n.ToUpperInvariant() == upper))
        {
            throw new DomainException("Name.taken", $"A calendar named '{calendar.Name}' already exists.", "Name");
        }
    }

    private async Task<Actor> EnsureAdminAsync(CancellationToken cancellationToken)
    {
        var actor = await currentUser.GetAsync(cancellationToken);
        if (!actor.IsAdmin)
        {
            SlaLog.Refused(logger, actor.UserId);
            throw new ForbiddenException("Only admins change SLA calendars.");
        }

        return actor;
    }
}
