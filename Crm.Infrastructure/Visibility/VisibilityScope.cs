namespace Crm.Infrastructure.Visibility;

/// <summary>
/// Which customer records an actor may see: all of them, or those owned by the listed users
/// (the actor and everyone in the teams they belong to or manage).
/// </summary>
public sealed record VisibilityScope(bool SeesAll, IReadOnlyCollection<Guid> OwnerIds)
{
    public bool Covers(Guid ownerId) => SeesAll || OwnerIds.Contains(ownerId);
}
