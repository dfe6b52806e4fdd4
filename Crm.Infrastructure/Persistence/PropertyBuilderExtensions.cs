using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Infrastructure.Persistence;

internal static class PropertyBuilderExtensions
{
    /// <summary>Records every change of this property in the field history.</summary>
    public static PropertyBuilder<T> IsAudited<T>(this PropertyBuilder<T> property) =>
        property.HasAnnotation(AuditStamps.Audited, true);

    /// <summary>Records every change of this list (as one comma-separated value) in the field history.</summary>
    public static PrimitiveCollectionBuilder<T> IsAudited<T>(this PrimitiveCollectionBuilder<T> collection) =>
        collection.HasAnnotation(AuditStamps.Audited, true);
}
