namespace Crm.Domain.Common;

/// <summary>
/// A consistency boundary with an identity, a version that changes on every saved update,
/// the domain events it has recorded since it was loaded, and soft deletion.
/// </summary>
public abstract class AggregateRoot
{
    private readonly List<IDomainEvent> _events = [];

    protected AggregateRoot(Guid id)
    {
        Id = id == Guid.Empty ? throw new DomainException("id.empty", "An id is required.") : id;
    }

    public Guid Id { get; private set; }

    /// <summary>
    /// 1 once first saved, then incremented by the persistence layer on every saved update;
    /// the concurrency token checked against the version a user loaded.
    /// </summary>
    public int Version { get; private set; }

    public bool IsDeleted { get; private set; }

    public DateTime? DeletedAt { get; private set; }

    /// <summary>Events recorded since the aggregate was loaded, in the order they happened.</summary>
    public IReadOnlyList<IDomainEvent> DomainEvents => _events;

    public void ClearDomainEvents() => _events.Clear();

    protected void Record(IDomainEvent domainEvent) => _events.Add(domainEvent);

    /// <summary>The version the next save will carry; events stamp it so subscribers can order them.</summary>
    protected int NextVersion => Version + 1;

    protected void MarkDeleted(DateTime at)
    {
        if (IsDeleted)
        {
            throw new DomainException("record.already-deleted", "The record is already deleted.");
        }

        IsDeleted = true;
        DeletedAt = Clock.Utc(at);
    }

    protected void MarkRestored()
    {
        if (!IsDeleted)
        {
            throw new DomainException("record.not-deleted", "The record is not deleted.");
        }

        IsDeleted = false;
        DeletedAt = null;
    }
}
