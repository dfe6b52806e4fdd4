using Crm.Domain.Teams;
using Crm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Infrastructure.Teams;

internal sealed class UserConfiguration : IEntityTypeConfiguration<User>
{
    public void Configure(EntityTypeBuilder<User> builder)
    {
        builder.ToTable("CrmUsers");
        builder.Property(u => u.DisplayName).HasMaxLength(100).IsAudited();
        builder.Property(u => u.Email).HasMaxLength(254);
        builder.Property(u => u.TimeZone).HasMaxLength(64);
        builder.Property(u => u.Language).HasMaxLength(10);
        builder.Property(u => u.Region).HasMaxLength(100);
        builder.Property(u => u.TeamId).IsAudited();
        builder.Property(u => u.IsActive).IsAudited();
        builder.Property(u => u.CapacityLimit).IsAudited();

        builder.HasOne<Team>().WithMany().HasForeignKey(u => u.TeamId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(u => u.Email).IsUnique();
        builder.HasIndex(u => u.TeamId);
    }
}
