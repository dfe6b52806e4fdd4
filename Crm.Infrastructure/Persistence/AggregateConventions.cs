using Crm.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Persistence;

internal static class AggregateConventions
{
    /// <summary>
    /// Gives every aggregate its version token, audit stamps and, for soft-deletable records,
    /// a filter that hides deleted rows.
    /// </summary>
    public static void ApplyAggregateConventions(this ModelBuilder builder)
    {
        var aggregates = builder.Model.GetEntityTypes()
            .Where(t => typeof(AggregateRoot).IsAssignableFrom(t.ClrType) && !t.IsOwned())
            .Select(t => t.ClrType)
            .ToList();

        foreach (var type in aggregates)
        {
            var entity = builder.Entity(type);
            entity.HasKey(nameof(AggregateRoot.Id));
            entity.Property(nameof(AggregateRoot.Id)).ValueGeneratedNever();
            entity.Property(nameof(AggregateRoot.Version)).IsConcurrencyToken();
            entity.Ignore(nameof(AggregateRoot.DomainEvents));
            entity.Property<DateTime>(AuditStamps.CreatedAt);
            entity.Property<Guid?>(AuditStamps.CreatedById);
            entity.Property<DateTime>(AuditStamps.UpdatedAt);
            entity.Property<Guid?>(AuditStamps.UpdatedById);
            entity.HasQueryFilter(SoftDeleteFilter.For(type));
        }
    }
}
