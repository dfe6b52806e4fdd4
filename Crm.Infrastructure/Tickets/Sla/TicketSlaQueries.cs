using Crm.Domain.Sla;
using Crm.Domain.Tickets;

namespace Crm.Infrastructure.Tickets.Sla;

/// <summary>The "at risk" list: open tickets with a clock at risk or breached that still runs, soonest due first.</summary>
internal static class TicketSlaQueries
{
    /// <summary>
    /// Tickets still waiting on a clock that is at risk or breached: the first response while
    /// nobody has answered, the resolution while the ticket is open. Read from the stored clocks.
    /// </summary>
    public static IQueryable<Ticket> AtRisk(IQueryable<Ticket> tickets)
    {
        var open = TicketStatusRules.OpenStatuses.ToList();

        return tickets.Where(t => open.Contains(t.Status)
            && ((t.FirstRespondedAt == null
                    && (t.FirstResponseSla == SlaState.AtRisk || t.FirstResponseSla == SlaState.Breached))
                || t.ResolutionSla == SlaState.AtRisk || t.ResolutionSla == SlaState.Breached));
    }

    /// <summary>By the deadline of the clock that needs attention, the first response's before the resolution's.</summary>
    public static IQueryable<Ticket> SoonestDueFirst(IQueryable<Ticket> tickets) =>
        tickets.OrderBy(t => t.FirstRespondedAt == null
                && (t.FirstResponseSla == SlaState.AtRisk || t.FirstResponseSla == SlaState.Breached)
                    ? t.FirstResponseDueAt
                    : t.ResolutionDueAt)
            .ThenBy(t => t.Id);
}
