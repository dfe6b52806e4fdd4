using Crm.Domain.Pipeline;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Infrastructure.Pipeline;

internal sealed class PipelineConfiguration : IEntityTypeConfiguration<SalesPipeline>
{
    public void Configure(EntityTypeBuilder<SalesPipeline> builder)
    {
        builder.ToTable("Pipelines");
        builder.Property(p => p.Name).HasMaxLength(SalesPipeline.MaxNameLength);
        builder.HasIndex(p => p.Name).IsUnique();

        // A pipeline is always loaded whole: its rules span all of its stages.
        builder.HasMany(p => p.Stages).WithOne().HasForeignKey(s => s.PipelineId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Stages).HasField("_stages").AutoInclude();
        builder.Ignore(p => p.ActiveStages);
        builder.Ignore(p => p.WonStage);
        builder.Ignore(p => p.LostStage);
        builder.Ignore(p => p.FirstOpenStage);
    }
}

internal sealed class StageConfiguration : IEntityTypeConfiguration<Stage>
{
    public void Configure(EntityTypeBuilder<Stage> builder)
    {
        builder.ToTable("PipelineStages");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Name).HasMaxLength(Stage.MaxNameLength);
        builder.HasIndex(s => new { s.PipelineId, s.SortOrder });
    }
}
