using Crm.Domain.Common;

namespace Crm.Domain.Tickets;

/// <summary>
/// A queue tickets wait in until an agent takes them, owned by one support team (whose members
/// work it and whose manager hears of tickets nobody could take). An inactive queue takes no new
/// tickets; those already in it stay. <see cref="DefaultPriority"/>, when set, is what a new
/// ticket in the queue starts with unless told otherwise.
/// </summary>
public sealed class TicketQueue : AggregateRoot
{
    public const int MaxNameLength = 100;

    public TicketQueue(Guid id, string name, Guid teamId, TicketPriority? defaultPriority = null)
        : base(id)
    {
        Name = Guard.Required(name, nameof(Name), MaxNameLength);
        TeamId = Guard.NotEmpty(teamId, "Team");
        DefaultPriority = CheckedPriority(defaultPriority);
        IsActive = true;
    }

    public string Name { get; private set; }

    public Guid TeamId { get; private set; }

    public bool IsActive { get; private set; }

    public TicketPriority? DefaultPriority { get; private set; }

    /// <summary>Renames the queue, gives it to another support team and sets its default priority.</summary>
    public void Update(string name, Guid teamId, TicketPriority? defaultPriority)
    {
        Name = Guard.Required(name, nameof(Name), MaxNameLength);
        TeamId = Guard.NotEmpty(teamId, "Team");
        DefaultPriority = CheckedPriority(defaultPriority);
    }

    public void Activate() => IsActive = true;

    public void Deactivate() => IsActive = false;

    private static TicketPriority? CheckedPriority(TicketPriority? priority) =>
        priority is { } value && !Enum.IsDefined(value)
            ? throw new DomainException("DefaultPriority.invalid", "Unknown priority.", nameof(DefaultPriority))
            : priority;
}
