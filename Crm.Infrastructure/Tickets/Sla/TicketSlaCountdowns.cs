using Crm.Domain.Sla;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Sla;
using Crm.Infrastructure.Visibility;
using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Tickets.Sla;

internal sealed class TicketSlaCountdowns(
    IDbContextFactory<CrmDbContext> contexts, ICurrentUser currentUser, ITicketVisibility visibility,
    ISlaPolicyResolver policies, TimeProvider clock) : ITicketSlaCountdowns
{
    /// <summary>How far ahead working periods are sent: a countdown re-renders on any change before.</summary>
    internal static readonly TimeSpan Horizon = TimeSpan.FromDays(14);

    public async Task<IReadOnlyDictionary<Guid, TicketCountdowns>> ForAsync(
        IReadOnlyCollection<Guid> ticketIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ticketIds);
        await using var session = await TicketSession.OpenAsync(contexts, currentUser, visibility, cancellationToken);
        var db = session.Db;
        var ids = ticketIds.Distinct().ToList();
        var tickets = await visibility.Tickets(db, session.Access).AsNoTracking()
            .Where(t => ids.Contains(t.Id) && t.SlaPolicyId != null).ToListAsync(cancellationToken);
        if (tickets.Count == 0)
        {
            return new Dictionary<Guid, TicketCountdowns>();
        }

        var rulebook = await policies.LoadAsync(cancellationToken);
        var histories = await TicketSlaEvaluator.HistoriesAsync(db, tickets, cancellationToken);
        var tiers = await TicketSlaEvaluator.TiersAsync(db, tickets, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var result = new Dictionary<Guid, TicketCountdowns>();
        foreach (var ticket in tickets)
        {
            var tier = ticket.AccountId is { } accountId ? tiers.GetValueOrDefault(accountId) : null;
            if (TicketSlaEvaluator.Clocks(rulebook, ticket, tier, histories[ticket.Id], now) is { } clocks)
            {
                var schedule = clocks.Assignment.Schedule;
                var risk = clocks.Assignment.Policy.AtRiskPercent;
                result[ticket.Id] = new TicketCountdowns(
                    now, Of(clocks.Status.FirstResponse, schedule, risk, now),
                    Of(clocks.Status.Resolution, schedule, risk, now));
            }
        }

        return result;
    }

    internal static SlaClockCountdown Of(
        SlaClockStatus status, BusinessSchedule schedule, int atRiskPercent, DateTime now)
    {
        var runs = status.State is SlaState.Running or SlaState.AtRisk
            || (status.State == SlaState.Breached && status.StoppedAt is null && status.DueAt is not null);
        var atRisk = atRiskPercent == 0 ? (long?)null : (long)(status.Allowed.TotalMilliseconds * atRiskPercent / 100);

        return new SlaClockCountdown(
            status.Kind, status.State, status.DueAt, (long)status.Remaining.TotalMilliseconds, atRisk,
            runs ? Periods(schedule, now, now + Horizon) : []);
    }

    /// <summary>The working periods between two moments, clipped to them.</summary>
    internal static IReadOnlyList<WorkingPeriod> Periods(BusinessSchedule schedule, DateTime from, DateTime to)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(schedule.TimeZoneId);
        var first = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(from, zone)).AddDays(-1);
        var last = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(to, zone));
        var periods = new List<WorkingPeriod>();
        for (var date = first; date <= last; date = date.AddDays(1))
        {
            foreach (var (start, end) in schedule.PeriodsOn(date))
            {
                var (begin, finish) = (start > from ? start : from, end < to ? end : to);
                if (finish > begin)
                {
                    periods.Add(new WorkingPeriod(begin, finish));
                }
            }
        }

        return periods;
    }
}
