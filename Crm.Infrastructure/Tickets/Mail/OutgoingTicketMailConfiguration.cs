using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Infrastructure.Tickets.Mail;

internal sealed class OutgoingTicketMailConfiguration : IEntityTypeConfiguration<OutgoingTicketMail>
{
    public void Configure(EntityTypeBuilder<OutgoingTicketMail> builder)
    {
        builder.ToTable("OutgoingTicketMails");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.ToAddress).HasMaxLength(254);
        builder.Property(m => m.ToName).HasMaxLength(200);
        builder.Property(m => m.Language).HasMaxLength(10);
        builder.Property(m => m.SentMessageId).HasMaxLength(998);
        builder.Property(m => m.LastError).HasMaxLength(OutgoingTicketMail.MaxErrorLength);
        // The sender reads due rows only: sent and given-up rows have no NextAttemptAt.
        builder.HasIndex(m => m.NextAttemptAt);
        builder.HasIndex(m => m.TicketId);
    }
}
