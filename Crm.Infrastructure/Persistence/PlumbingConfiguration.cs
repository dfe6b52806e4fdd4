using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Infrastructure.Persistence;

internal sealed class FieldChangeConfiguration : IEntityTypeConfiguration<FieldChange>
{
    public void Configure(EntityTypeBuilder<FieldChange> builder)
    {
        builder.Property(f => f.EntityType).HasMaxLength(64);
        builder.Property(f => f.Field).HasMaxLength(64);
        builder.Property(f => f.OldValue).HasMaxLength(2000);
        builder.Property(f => f.NewValue).HasMaxLength(2000);
        builder.HasIndex(f => new { f.EntityId, f.ChangedAt });
    }
}

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("Outbox");
        builder.Property(o => o.Type).HasMaxLength(100);
        builder.HasIndex(o => o.OccurredAt);
    }
}
