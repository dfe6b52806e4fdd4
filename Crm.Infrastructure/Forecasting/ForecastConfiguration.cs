using Crm.Domain.Forecasting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Infrastructure.Forecasting;

internal sealed class ForecastAdjustmentConfiguration : IEntityTypeConfiguration<ForecastAdjustment>
{
    public void Configure(EntityTypeBuilder<ForecastAdjustment> builder)
    {
        builder.ToTable("ForecastAdjustments");
        builder.Property(a => a.PeriodKey).HasMaxLength(ForecastAdjustment.MaxPeriodKeyLength);
        builder.Property(a => a.Note).HasMaxLength(ForecastAdjustment.MaxNoteLength);

        // One row per revision: two managers saving the same revision at once meet here, and the
        // second is told, instead of both rows claiming to be in force.
        builder.HasIndex(a => new { a.PeriodKey, a.SubjectKind, a.SubjectId, a.Revision }).IsUnique();
    }
}

internal sealed class ForecastSnapshotConfiguration : IEntityTypeConfiguration<ForecastSnapshot>
{
    public void Configure(EntityTypeBuilder<ForecastSnapshot> builder)
    {
        builder.ToTable("ForecastSnapshots");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.PeriodKey).HasMaxLength(ForecastAdjustment.MaxPeriodKeyLength);
        builder.Property(s => s.WeekKey).HasMaxLength(10);

        // The weekly run's idempotence: one weekly snapshot per period and ISO week. On-demand
        // snapshots have no week key, and every provider lets null keys repeat (SQL Server
        // through the filter EF adds to unique indexes on nullable columns).
        builder.HasIndex(s => new { s.PeriodKey, s.WeekKey }).IsUnique();
        builder.HasIndex(s => new { s.PeriodKey, s.TakenAt });
        builder.Ignore(s => s.Header);

        builder.OwnsMany(s => s.Lines, lines =>
        {
            lines.ToTable("ForecastSnapshotLines");
            lines.WithOwner().HasForeignKey("SnapshotId");
            lines.HasKey("SnapshotId", nameof(ForecastSnapshotLine.OpportunityId));
        });
        builder.Navigation(s => s.Lines).HasField("_lines").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
