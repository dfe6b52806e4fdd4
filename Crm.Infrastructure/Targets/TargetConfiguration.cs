using Crm.Domain.Targets;
using Crm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Infrastructure.Targets;

internal sealed class TargetConfiguration : IEntityTypeConfiguration<Target>
{
    public void Configure(EntityTypeBuilder<Target> builder)
    {
        builder.ToTable("Targets");
        builder.Property(t => t.PeriodKey).HasMaxLength(Target.MaxPeriodKeyLength);
        builder.Property(t => t.Currency).HasMaxLength(3);
        builder.Property(t => t.Value).IsAudited();
        builder.Ignore(t => t.Subject);
        builder.Ignore(t => t.Figure);

        // One target per subject, period and measure, cleared ones included: setting a cleared
        // target again brings its row back.
        builder.HasIndex(t => new { t.PeriodKey, t.SubjectKind, t.SubjectId, t.Measure }).IsUnique();
    }
}
