namespace Crm.Infrastructure.Visibility;

/// <summary>
/// Which leads an actor may see: all of them, or those owned by the listed users and those
/// waiting in the listed teams' queues.
/// </summary>
public sealed record LeadScope(bool SeesAll, IReadOnlyCollection<Guid> OwnerIds, IReadOnlyCollection<Guid> QueueTeamIds)
{
    public static readonly LeadScope None = new(false, [], []);

    public static readonly LeadScope All = new(true, [], []);

    public bool Covers(Guid? ownerId, Guid? queueTeamId) =>
        SeesAll
        || (ownerId is { } owner && OwnerIds.Contains(owner))
        || (queueTeamId is { } team && QueueTeamIds.Contains(team));
}
