using Crm.Domain.Assignment;
using Crm.Domain.Teams;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Infrastructure.Assignment;

internal sealed class AssignmentSettingsConfiguration : IEntityTypeConfiguration<AssignmentSettings>
{
    public void Configure(EntityTypeBuilder<AssignmentSettings> builder)
    {
        builder.ToTable("AssignmentSettings");
        builder.HasOne<Team>().WithMany().HasForeignKey(s => s.DefaultQueueTeamId).OnDelete(DeleteBehavior.Restrict);
    }
}
