using Crm.Infrastructure.Visibility;

namespace Crm.Infrastructure.Pipeline.Board;

/// <summary>
/// What one new snapshot changed, as much as a subscriber needs to decide, without looking at
/// any card, whether its user is concerned: the owner of the changed card before and after, or
/// "everything" (columns, rates, a whole account).
/// </summary>
internal readonly record struct BoardChange(Guid? OwnerBefore, Guid? OwnerAfter, bool IsEverything = false)
{
    public static readonly BoardChange Everything = new(null, null, true);

    /// <summary>A snapshot nobody needs to hear of: the first load, which every feed reads after it.</summary>
    public static readonly BoardChange Nobody = new(null, null);

    public bool Concerns(OpportunityAccess access) =>
        IsEverything
        || (OwnerBefore is { } before && access.CanSee(before))
        || (OwnerAfter is { } after && access.CanSee(after));
}
