namespace Crm.Infrastructure.Persistence;

/// <summary>One audited field changing from one value to another: who, when, what.</summary>
public sealed class FieldChange
{
    public long Id { get; init; }

    public required string EntityType { get; init; }

    public Guid EntityId { get; init; }

    public required string Field { get; init; }

    public string? OldValue { get; init; }

    public string? NewValue { get; init; }

    public Guid? ChangedById { get; init; }

    public DateTime ChangedAt { get; init; }

    /// <summary>
    /// The aggregate's version after the save that made the change, so "what changed since
    /// version N" is every row above N. 0 on rows written before versions were recorded.
    /// </summary>
    public int Version { get; init; }
}
