using Crm.Domain.Common;
using Crm.Domain.Customers;
using Crm.Domain.Pipeline;
using Crm.Domain.Products;
using Crm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Crm.Infrastructure.Pipeline;

internal sealed class OpportunityConfiguration : IEntityTypeConfiguration<Opportunity>
{
    public void Configure(EntityTypeBuilder<Opportunity> builder)
    {
        builder.Property(o => o.Name).HasMaxLength(Opportunity.MaxNameLength).IsAudited();
        builder.Property(o => o.NameSortKey).HasMaxLength(NameSortKey.MaxLength);
        builder.Property(o => o.AccountId).IsAudited();
        builder.Property(o => o.PrimaryContactId).IsAudited();
        builder.Property(o => o.OwnerId).IsAudited();
        builder.Property(o => o.StageId).IsAudited();
        builder.Property(o => o.Status).IsAudited();
        builder.Property(o => o.AmountMinorUnits).IsAudited();
        builder.Property(o => o.Currency).HasMaxLength(3).IsAudited();
        builder.Property(o => o.AmountMode).IsAudited();
        // DateOnly is a date column on PostgreSQL and SQL Server and ISO yyyy-MM-dd text on
        // SQLite, so period filters and ordering run in SQL on every provider.
        builder.Property(o => o.ExpectedCloseDate).IsAudited();
        builder.Property(o => o.ProbabilityOverride).IsAudited();
        builder.Property(o => o.NextStep).HasMaxLength(Opportunity.MaxNextStepLength).IsAudited();
        builder.PrimitiveCollection(o => o.Competitors).HasMaxLength(1200).IsAudited();
        builder.Property(o => o.CloseReason).HasMaxLength(Opportunity.MaxCloseReasonLength).IsAudited();
        builder.Property(o => o.ClosedOn).IsAudited();
        builder.Ignore(o => o.Amount);
        builder.Ignore(o => o.IsClosed);

        builder.HasOne<Account>().WithMany().HasForeignKey(o => o.AccountId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Contact>().WithMany().HasForeignKey(o => o.PrimaryContactId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<SalesPipeline>().WithMany().HasForeignKey(o => o.PipelineId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Stage>().WithMany().HasForeignKey(o => o.StageId).OnDelete(DeleteBehavior.Restrict);

        // Line items are part of the aggregate and always loaded; stage history is append-only
        // and never loaded with it (see Opportunity.RecordedStageChanges).
        builder.HasMany(o => o.Lines).WithOne().HasForeignKey(l => l.OpportunityId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(o => o.Lines).HasField("_lines").AutoInclude();
        builder.HasMany(o => o.RecordedStageChanges).WithOne().HasForeignKey(c => c.OpportunityId)
            .OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(o => o.RecordedStageChanges).HasField("_stageChanges");

        // The board: a pipeline's stages ordered by expected close; "my opportunities"; periods.
        builder.HasIndex(o => new { o.PipelineId, o.StageId, o.ExpectedCloseDate });
        builder.HasIndex(o => new { o.OwnerId, o.ExpectedCloseDate });
        builder.HasIndex(o => new { o.ExpectedCloseDate, o.Status });
        builder.HasIndex(o => o.AccountId);
        builder.HasIndex(o => o.NameSortKey);
        builder.HasIndex(o => o.SourceLeadId);
    }
}

internal sealed class OpportunityLineConfiguration : IEntityTypeConfiguration<OpportunityLine>
{
    // Quantity (4 decimals) and discount (2 decimals) are exact scaled integers, so every
    // provider stores, compares and sums them the same way (SQLite keeps decimals as text).
    private static readonly ValueConverter<decimal, long> QuantityTenThousandths =
        new(v => (long)(v * 10_000m), v => v / 10_000m);

    private static readonly ValueConverter<decimal, int> DiscountHundredths =
        new(v => (int)(v * 100m), v => v / 100m);

    public void Configure(EntityTypeBuilder<OpportunityLine> builder)
    {
        builder.ToTable("OpportunityLines");
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Id).ValueGeneratedNever();
        builder.Property(l => l.Description).HasMaxLength(OpportunityLine.MaxDescriptionLength);
        builder.Property(l => l.Currency).HasMaxLength(3);
        builder.Property(l => l.Quantity).HasConversion(QuantityTenThousandths).HasColumnName("QuantityE4");
        builder.Property(l => l.DiscountPercent).HasConversion(DiscountHundredths).HasColumnName("DiscountPercentE2");
        builder.Ignore(l => l.UnitPrice);
        builder.Ignore(l => l.Total);
        builder.HasOne<Product>().WithMany().HasForeignKey(l => l.ProductId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(l => new { l.OpportunityId, l.SortOrder });
    }
}

internal sealed class StageChangeConfiguration : IEntityTypeConfiguration<StageChange>
{
    public void Configure(EntityTypeBuilder<StageChange> builder)
    {
        builder.ToTable("StageChanges");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Currency).HasMaxLength(3);
        builder.Property(c => c.TimeInPreviousStage).HasConversion(new TimeSpanToTicksConverter());
        builder.HasOne<Stage>().WithMany().HasForeignKey(c => c.FromStageId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Stage>().WithMany().HasForeignKey(c => c.ToStageId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.OpportunityId, c.Sequence }).IsUnique();
        builder.HasIndex(c => new { c.ToStageId, c.MovedAt });
    }
}
