using Crm.Domain.Customers;
using Crm.Domain.FollowUps;
using Crm.Domain.Teams;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Infrastructure.FollowUps;

internal sealed class FollowUpTaskConfiguration : IEntityTypeConfiguration<FollowUpTask>
{
    public void Configure(EntityTypeBuilder<FollowUpTask> builder)
    {
        builder.Property(t => t.Subject).HasMaxLength(200);
        builder.OwnsOne(t => t.Related, related =>
        {
            related.Property(r => r.Kind).HasColumnName("RelatedKind");
            related.Property(r => r.Id).HasColumnName("RelatedId");
        });

        builder.HasOne<User>().WithMany().HasForeignKey(t => t.AssigneeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Account>().WithMany().HasForeignKey(t => t.AccountId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(t => new { t.AssigneeId, t.IsDone, t.DueAt });
        builder.HasIndex(t => new { t.AccountId, t.IsDone });
    }
}
