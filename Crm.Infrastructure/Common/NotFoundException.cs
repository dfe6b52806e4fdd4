namespace Crm.Infrastructure.Common;

/// <summary>
/// The record does not exist, is deleted, or the actor may not see it; callers answer
/// "not found" in all three cases so an id reveals nothing.
/// </summary>
public sealed class NotFoundException(string recordType, Guid id)
    : Exception($"{recordType} {id} was not found.")
{
    public string RecordType { get; } = recordType;

    public Guid Id { get; } = id;
}

/// <summary>The actor may see the record but not change it.</summary>
public sealed class ForbiddenException(string message) : Exception(message);

/// <summary>Someone saved the record after the caller loaded it; nothing was written.</summary>
public sealed class ConcurrencyConflictException(string recordType, Guid id)
    : Exception($"{recordType} {id} was changed by someone else.")
{
    public string RecordType { get; } = recordType;

    public Guid Id { get; } = id;
}
