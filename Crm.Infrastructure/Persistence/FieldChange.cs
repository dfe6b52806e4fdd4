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
}
