using System.Globalization;
using Crm.Domain.Common;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Crm.Infrastructure.Persistence;

internal static class FieldHistory
{
    /// <summary>
    /// One row per audited property whose value differs from what was loaded, stamped with the
    /// <paramref name="version"/> the save gives the aggregate.
    /// </summary>
    public static IEnumerable<FieldChange> Of(
        EntityEntry<AggregateRoot> entry, Guid? changedBy, DateTime at, int version) =>
        entry.Properties
            .Where(p => p.Metadata.FindAnnotation(AuditStamps.Audited) is not null && p.IsModified)
            .Select(p => (p.Metadata.Name, Old: Format(p.OriginalValue), New: Format(p.CurrentValue)))
            .Where(p => p.Old != p.New)
            .Select(p => new FieldChange
            {
                EntityType = entry.Metadata.ClrType.Name,
                EntityId = entry.Entity.Id,
                Field = p.Name,
                OldValue = p.Old,
                NewValue = p.New,
                ChangedById = changedBy,
                ChangedAt = at,
                Version = version,
            })
            .ToList();

    private const int MaxValueLength = 2000;

    private static string? Format(object? value) => Truncate(value switch
    {
        null => null,
        DateTime d => d.ToString("O", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IEnumerable<string> list => string.Join(", ", list),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    });

    private static string? Truncate(string? value) =>
        value is { Length: > MaxValueLength } ? value[..MaxValueLength] : value;
}
