using System.Linq.Expressions;
using Crm.Domain.Analytics;
using Crm.Domain.Sla;
using Crm.Domain.Tickets;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Sla;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Infrastructure.Analytics;

/// <summary>
/// The database reads of the ticket fact table: every ticket that is not deleted, in two
/// statements however many (the tickets and their status history), projected and streamed,
/// never tracked. Durations are measured on the calendar of the ticket's SLA policy, or on the
/// organisation's working week for a ticket no policy covers.
/// </summary>
internal sealed class TicketFactReader(IServiceScopeFactory scopes)
{
    /// <summary>The organisation's settings and every SLA policy's calendar, by policy.</summary>
    public async Task<TicketCalendars> CalendarsAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await using var db = await ContextAsync(scope, cancellationToken);
        var settings = await AnalyticsSettings.ReadAsync(db, cancellationToken);
        var rulebook = await scope.ServiceProvider.GetRequiredService<ISlaPolicyResolver>()
            .LoadAsync(cancellationToken);

        return new TicketCalendars(
            settings, rulebook.Assignments.ToDictionary(a => a.Policy.Id, a => a.Schedule));
    }

    public Task<List<TicketFact>> AllAsync(TicketCalendars calendars, CancellationToken cancellationToken) =>
        ReadAsync(_ => true, calendars, cancellationToken);

    /// <summary>The facts of the tickets named as they are now; one missing from the answer is deleted.</summary>
    public Task<List<TicketFact>> SomeAsync(
        IReadOnlyCollection<Guid> ids, TicketCalendars calendars, CancellationToken cancellationToken) =>
        ReadAsync(t => ids.Contains(t.Id), calendars, cancellationToken);

    private static Task<CrmDbContext> ContextAsync(AsyncServiceScope scope, CancellationToken cancellationToken) =>
        scope.ServiceProvider.GetRequiredService<IDbContextFactory<CrmDbContext>>()
            .CreateDbContextAsync(cancellationToken);

    private async Task<List<TicketFact>> ReadAsync(
        Expression<Func<Ticket, bool>> which, TicketCalendars calendars, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await using var db = await ContextAsync(scope, cancellationToken);
        var tickets = db.Tickets.AsNoTracking().Where(which);
        var rows = new List<TicketFactRow>();
        await foreach (var row in TicketFactRow.Project(tickets).AsAsyncEnumerable()
                           .WithCancellation(cancellationToken))
        {
            rows.Add(row);
        }

        var histories = await HistoriesAsync(db, tickets, cancellationToken);

        return [.. rows.Select(r => r.ToFact(histories.GetValueOrDefault(r.Id, []), calendars.For(r.SlaPolicyId)))];
    }

    private static async Task<Dictionary<Guid, List<(TicketStatus, DateTime)>>> HistoriesAsync(
        CrmDbContext db, IQueryable<Ticket> tickets, CancellationToken cancellationToken)
    {
        var changes =
            from c in db.TicketStatusChanges.AsNoTracking()
            join t in tickets on c.TicketId equals t.Id
            orderby c.TicketId, c.Sequence
            select new { c.TicketId, c.ToStatus, c.At };
        var histories = new Dictionary<Guid, List<(TicketStatus, DateTime)>>();
        await foreach (var change in changes.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (!histories.TryGetValue(change.TicketId, out var history))
            {
                history = [];
                histories[change.TicketId] = history;
            }

            history.Add((change.ToStatus, change.At));
        }

        return histories;
    }
}

/// <summary>The calendars ticket durations are measured on: the policy's, else the working week.</summary>
internal sealed record TicketCalendars(AnalyticsSettings Settings, IReadOnlyDictionary<Guid, BusinessSchedule> ByPolicy)
{
    public BusinessSchedule For(Guid? policyId) =>
        policyId is { } id && ByPolicy.TryGetValue(id, out var own) ? own : Settings.WorkingWeek;
}
