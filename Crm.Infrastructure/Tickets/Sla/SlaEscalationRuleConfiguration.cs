using Crm.Domain.Tickets;
using Crm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Infrastructure.Tickets.Sla;

internal sealed class SlaEscalationRuleConfiguration : IEntityTypeConfiguration<SlaEscalationRule>
{
    public void Configure(EntityTypeBuilder<SlaEscalationRule> builder)
    {
        builder.ToTable("SlaEscalationRules");
        builder.Ignore(r => r.Actions);
        builder.Property(r => r.NotifyLead).IsAudited();
        builder.Property(r => r.RaisePriority).IsAudited();
        builder.Property(r => r.MoveToQueueId).IsAudited();
        builder.HasOne<TicketQueue>().WithMany().HasForeignKey(r => r.MoveToQueueId)
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.Priority, r.Trigger }).IsUnique();
    }
}
