using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Infrastructure.Persistence;

internal static class PropertyBuilderExtensions
{
    /// <summary>Records every change of this property in the field history.</summary>
    public static PropertyBuilder<T> IsAudited<T>(this PropertyBuilder<T> property) =>
        property.HasAnnotation(AuditStamps.Audited, true);
}
