using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Infrastructure.Mail.Inbound;

internal sealed class InboundMailReceiptConfiguration : IEntityTypeConfiguration<InboundMailReceipt>
{
    public void Configure(EntityTypeBuilder<InboundMailReceipt> builder)
    {
        builder.ToTable("InboundMailReceipts");
        builder.HasKey(r => r.Key);
        builder.Property(r => r.Key).HasMaxLength(InboundMailReceipt.MaxKeyLength);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.LastError).HasMaxLength(InboundMailReceipt.MaxErrorLength);
        // Rows are small and one per received mail; nothing purges them yet, so the table grows
        // with the mail volume. A retention job removing handled rows older than a year would
        // bound it without risk: a mail that old is not re-delivered.
    }
}

internal sealed class MailThreadLinkConfiguration : IEntityTypeConfiguration<MailThreadLink>
{
    public void Configure(EntityTypeBuilder<MailThreadLink> builder)
    {
        builder.ToTable("MailThreadLinks");
        builder.HasKey(l => l.MessageId);
        builder.Property(l => l.MessageId).HasMaxLength(InboundMailReceipt.MaxKeyLength);
        builder.OwnsOne(l => l.Record, record =>
        {
            record.Property(r => r.Kind).HasColumnName("RecordKind");
            record.Property(r => r.Id).HasColumnName("RecordId");
            record.HasIndex(r => new { r.Kind, r.Id });
        });
        builder.Navigation(l => l.Record).IsRequired();
    }
}
