using Crm.Domain.Assignment;
using Crm.Domain.Customers;
using Crm.Domain.Leads;
using Crm.Domain.Pipeline;
using Crm.Domain.Teams;
using Crm.Domain.Tickets;
using Crm.Infrastructure.Leads;
using Crm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Infrastructure.Tickets;

internal sealed class TicketConfiguration : IEntityTypeConfiguration<Ticket>
{
    public void Configure(EntityTypeBuilder<Ticket> builder)
    {
        builder.Property(t => t.Subject).HasMaxLength(Ticket.MaxSubjectLength).IsAudited();
        builder.Property(t => t.Description).HasMaxLength(Ticket.MaxDescriptionLength);
        builder.Property(t => t.Channel).IsAudited();
        builder.Property(t => t.Category).IsAudited();
        builder.Property(t => t.Priority).IsAudited();
        builder.Property(t => t.Status).IsAudited();
        builder.Property(t => t.QueueId).IsAudited();
        builder.Property(t => t.AssigneeId).IsAudited();
        builder.Property(t => t.AccountId).IsAudited();
        builder.Property(t => t.ContactId).IsAudited();
        builder.Property(t => t.OpportunityId).IsAudited();
        builder.Property(t => t.RequesterName).HasMaxLength(100);
        builder.Property(t => t.RequesterEmail).HasMaxLength(254);
        builder.PrimitiveCollection(t => t.Tags).HasMaxLength(400).IsAudited();
        builder.Ignore(t => t.IsOpen);
        builder.Ignore(t => t.ComplaintHandlingTime);
        builder.Ignore(t => t.CustomerReplyTarget);
        builder.OwnsOne(t => t.Assignment, note =>
        {
            note.Property(n => n.RuleId).HasColumnName("AssignmentRuleId");
            note.Property(n => n.RuleName).HasColumnName("AssignmentRuleName")
                .HasMaxLength(AssignmentNote.MaxRuleNameLength);
            note.Property(n => n.Reason).HasColumnName("AssignmentReason").HasMaxLength(AssignmentNote.MaxReasonLength);
            note.Property(n => n.Arguments).HasColumnName("AssignmentArguments")
                .HasConversion(new JsonListConverter<string>(), JsonListConverter<string>.Comparer)
                .HasMaxLength(2000);
            note.Property(n => n.Skipped).HasColumnName("AssignmentSkipped")
                .HasConversion(new JsonListConverter<SkippedUser>(), JsonListConverter<SkippedUser>.Comparer);
        });

        builder.HasOne<TicketQueue>().WithMany().HasForeignKey(t => t.QueueId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Team>().WithMany().HasForeignKey(t => t.TeamId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<User>().WithMany().HasForeignKey(t => t.AssigneeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Account>().WithMany().HasForeignKey(t => t.AccountId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Contact>().WithMany().HasForeignKey(t => t.ContactId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Opportunity>().WithMany().HasForeignKey(t => t.OpportunityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Ticket>().WithMany().HasForeignKey(t => t.FollowUpOfTicketId).OnDelete(DeleteBehavior.Restrict);

        // Conversation and history are append-only and never loaded with the ticket.
        builder.HasMany(t => t.RecordedMessages).WithOne().HasForeignKey(m => m.TicketId)
            .OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(t => t.RecordedMessages).HasField("_messages");
        builder.HasMany(t => t.RecordedStatusChanges).WithOne().HasForeignKey(c => c.TicketId)
            .OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(t => t.RecordedStatusChanges).HasField("_statusChanges");

        // The number people quote; queue, team and "mine" lists by status, newest first; accounts.
        builder.HasIndex(t => t.Number).IsUnique();
        builder.HasIndex(t => new { t.QueueId, t.Status, t.OpenedAt });
        builder.HasIndex(t => new { t.TeamId, t.Status, t.OpenedAt });
        builder.HasIndex(t => new { t.AssigneeId, t.Status });
        builder.HasIndex(t => new { t.AccountId, t.Status });
        builder.HasIndex(t => t.OpenedAt);
    }
}

internal sealed class TicketMessageConfiguration : IEntityTypeConfiguration<TicketMessage>
{
    public void Configure(EntityTypeBuilder<TicketMessage> builder)
    {
        builder.ToTable("TicketMessages");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.AuthorName).HasMaxLength(100);
        builder.Property(m => m.AuthorEmail).HasMaxLength(254);
        builder.Property(m => m.Body).HasMaxLength(TicketMessage.MaxBodyLength);
        builder.HasOne<User>().WithMany().HasForeignKey(m => m.AuthorUserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => new { m.TicketId, m.Sequence }).IsUnique();
    }
}

internal sealed class TicketStatusChangeConfiguration : IEntityTypeConfiguration<TicketStatusChange>
{
    public void Configure(EntityTypeBuilder<TicketStatusChange> builder)
    {
        builder.ToTable("TicketStatusChanges");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.HasOne<User>().WithMany().HasForeignKey(c => c.ById).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.TicketId, c.Sequence }).IsUnique();
    }
}

internal sealed class TicketQueueConfiguration : IEntityTypeConfiguration<TicketQueue>
{
    public void Configure(EntityTypeBuilder<TicketQueue> builder)
    {
        builder.ToTable("TicketQueues");
        builder.Property(q => q.Name).HasMaxLength(TicketQueue.MaxNameLength).IsAudited();
        builder.Property(q => q.TeamId).IsAudited();
        builder.Property(q => q.IsActive).IsAudited();
        builder.HasOne<Team>().WithMany().HasForeignKey(q => q.TeamId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(q => q.Name).IsUnique();
        builder.HasIndex(q => q.TeamId);
    }
}

internal sealed class TicketNumberCounterConfiguration : IEntityTypeConfiguration<TicketNumberCounter>
{
    public void Configure(EntityTypeBuilder<TicketNumberCounter> builder)
    {
        builder.ToTable("TicketNumberCounter");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.HasData(
            new TicketNumberCounter { Id = TicketNumberCounter.SingletonId, Last = TicketNumbers.First - 1 });
    }
}
