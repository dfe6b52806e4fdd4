using Crm.Domain.Attachments;
using Crm.Domain.Teams;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Infrastructure.Attachments;

internal sealed class AttachmentConfiguration : IEntityTypeConfiguration<Attachment>
{
    public void Configure(EntityTypeBuilder<Attachment> builder)
    {
        builder.OwnsOne(a => a.Owner, owner =>
        {
            owner.Property(o => o.Kind).HasColumnName("OwnerKind");
            owner.Property(o => o.Id).HasColumnName("OwnerId");
            owner.HasIndex(o => new { o.Id, o.Kind });
        });
        builder.Navigation(a => a.Owner).IsRequired();

        builder.Property(a => a.FileName).HasMaxLength(AttachmentFileName.MaxLength);
        builder.Property(a => a.OriginalFileName).HasMaxLength(AttachmentFileName.MaxLength);
        builder.Property(a => a.ContentType).HasMaxLength(100);
        builder.Property(a => a.Sha256).HasMaxLength(64).IsFixedLength();
        builder.Property(a => a.StorageKey).HasMaxLength(200);
        builder.Ignore(a => a.Type);

        builder.HasOne<User>().WithMany().HasForeignKey(a => a.UploadedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => a.MessageId);
        builder.HasIndex(a => a.StorageKey).IsUnique();
    }
}
