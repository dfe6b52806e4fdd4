using Crm.Domain.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Infrastructure.Tickets.Satisfaction;

internal sealed class SatisfactionSurveyConfiguration : IEntityTypeConfiguration<SatisfactionSurvey>
{
    public void Configure(EntityTypeBuilder<SatisfactionSurvey> builder)
    {
        builder.ToTable("SatisfactionSurveys");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.TokenHash).HasMaxLength(SatisfactionSurvey.TokenHashLength).IsFixedLength();
        builder.HasOne<Ticket>().WithMany().HasForeignKey(s => s.TicketId).OnDelete(DeleteBehavior.Cascade);
        // A link is found by its hash alone; a ticket's surveys are superseded together.
        builder.HasIndex(s => s.TokenHash).IsUnique();
        builder.HasIndex(s => s.TicketId);
    }
}

/// <summary>The rating columns of the ticket and the indexes the satisfaction figures read.</summary>
internal sealed class TicketSatisfactionConfiguration : IEntityTypeConfiguration<Ticket>
{
    public void Configure(EntityTypeBuilder<Ticket> builder)
    {
        builder.Property(t => t.RatingComment).HasMaxLength(Ticket.MaxRatingCommentLength);
        builder.HasIndex(t => t.RatedAt);
        builder.HasIndex(t => new { t.Category, t.ResolvedAt });
        builder.HasIndex(t => new { t.Category, t.Status });
    }
}
