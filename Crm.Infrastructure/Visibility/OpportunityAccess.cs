using Crm.Domain.Teams;
using Crm.Infrastructure.Common;

namespace Crm.Infrastructure.Visibility;

/// <summary>
/// Which opportunities an actor sees and changes. Admins see and change all of them; sales reps
/// and managers those owned within their team scope (the same owners their customers are
/// limited to); every other role (support, marketing) sees none.
/// </summary>
public sealed record OpportunityAccess(VisibilityScope Scope, bool CanWrite)
{
    public static readonly OpportunityAccess None = new(new VisibilityScope(false, []), false);

    /// <summary>False for roles that see no opportunities at all.</summary>
    public bool SeesAny => Scope.SeesAll || Scope.OwnerIds.Count > 0;

    /// <summary>Whether an opportunity of this owner is visible; live subscribers filter events with it.</summary>
    public bool CanSee(Guid ownerId) => Scope.Covers(ownerId);

    /// <summary>Sales roles change what they see; admins change everything.</summary>
    public bool CanEdit(Guid ownerId) => CanWrite && Scope.Covers(ownerId);

    internal static bool WorksOpportunities(Actor actor) => actor.IsInAnyRole(Roles.SalesManager, Roles.SalesRep);
}
