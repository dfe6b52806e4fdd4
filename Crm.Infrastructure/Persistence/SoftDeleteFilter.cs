using System.Linq.Expressions;
using Crm.Domain.Common;

namespace Crm.Infrastructure.Persistence;

internal static class SoftDeleteFilter
{
    /// <summary>Builds <c>e =&gt; !e.IsDeleted</c> for the given aggregate type.</summary>
    public static LambdaExpression For(Type aggregateType)
    {
        var entity = Expression.Parameter(aggregateType, "e");
        var isDeleted = Expression.Property(entity, nameof(AggregateRoot.IsDeleted));

        return Expression.Lambda(Expression.Not(isDeleted), entity);
    }
}
