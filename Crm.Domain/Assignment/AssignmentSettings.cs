using Crm.Domain.Common;

namespace Crm.Domain.Assignment;

/// <summary>
/// The organization's assignment settings: the one team whose queue receives every record no
/// rule matches. Null until an administrator (or the demo seed) chooses one; until then such
/// records stay unassigned.
/// </summary>
public sealed class AssignmentSettings : AggregateRoot
{
    public static readonly Guid SingletonId = new("00000000-0000-0000-0000-00000000a551");

    public AssignmentSettings()
        : base(SingletonId)
    {
    }

    public Guid? DefaultQueueTeamId { get; private set; }

    public void ChangeDefaultQueue(Guid teamId, DateTime at)
    {
        var id = Guard.NotEmpty(teamId, "DefaultQueue");
        if (id == DefaultQueueTeamId)
        {
            return;
        }

        DefaultQueueTeamId = id;
        Record(new AssignmentSettingsChanged(Id, NextVersion, Clock.Utc(at), id));
    }
}

public sealed record AssignmentSettingsChanged(
    Guid AggregateId, int Version, DateTime OccurredAt, Guid DefaultQueueTeamId) : IDomainEvent;
