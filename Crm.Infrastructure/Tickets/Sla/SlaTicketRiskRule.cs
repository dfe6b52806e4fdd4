using Crm.Domain.Tickets;
using Crm.Infrastructure.Tickets.Workspace;

namespace Crm.Infrastructure.Tickets.Sla;

/// <summary>
/// The service desk's at-risk lane, from the clocks stored on each row: the in-memory form of
/// the at-risk list (<see cref="TicketSlaQueries.AtRisk"/>).
/// </summary>
internal sealed class SlaTicketRiskRule : ITicketRiskRule
{
    public bool IsAtRisk(TicketRow ticket) =>
        TicketStatusRules.OpenStatuses.Contains(ticket.Status)
        && ticket.Sla.IsAtRisk(answered: ticket.FirstRespondedAt is not null);
}
