using Crm.Domain.Tickets;
using Crm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Infrastructure.Tickets.Sla;

// The SLA columns of the ticket row, configured apart from the ticket core (EF adds both).
internal sealed class TicketSlaConfiguration : IEntityTypeConfiguration<Ticket>
{
    public void Configure(EntityTypeBuilder<Ticket> builder)
    {
        // No foreign key to the policy: policies are soft-deleted and their ids follow their cell.
        builder.Ignore(t => t.Sla);

        // Audited, so every escalation that acted is in the ticket's field history.
        builder.Property(t => t.SlaEscalated).IsAudited();

        // The watcher's one query: the earliest next change. Stopped clocks have none, so the
        // index holds open tickets only in effect.
        builder.HasIndex(t => t.SlaNextChangeAt);

        // The at-risk lane: open tickets of a team by the soonest resolution deadline.
        builder.HasIndex(t => new { t.TeamId, t.ResolutionSla, t.ResolutionDueAt });
    }
}
