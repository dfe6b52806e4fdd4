using Crm.Domain.Notifications;
using Crm.Domain.Teams;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Infrastructure.Notifications;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.OwnsOne(n => n.Target, target =>
        {
            target.Property(t => t.Kind).HasColumnName("TargetKind");
            target.Property(t => t.Id).HasColumnName("TargetId");
        });
        builder.Property(n => n.Arguments)
            .HasConversion(new NotificationArgumentsConverter(), NotificationArgumentsConverter.Comparer)
            .HasMaxLength(4000);
        builder.Ignore(n => n.IsRead);

        builder.HasOne<User>().WithMany().HasForeignKey(n => n.RecipientId).OnDelete(DeleteBehavior.Restrict);

        // Nothing purges old rows yet, so the table grows by every notification ever sent; a
        // retention job deleting read notifications after a set period would bound it.
        // The bell counts and lists one person's unread ones; the page lists all of theirs.
        builder.HasIndex(n => new { n.RecipientId, n.ReadAt, n.At });
        builder.HasIndex(n => new { n.RecipientId, n.At });
    }
}
