using Crm.Domain.Teams;
using Crm.Infrastructure.Common;

namespace Crm.Infrastructure.Visibility;

/// <summary>
/// What an actor may do with leads. Sales reps and managers see the leads of their own and
/// managed teams (owned by a member, or waiting in the team's queue) and work them; admins see
/// and work all; marketing sees all and enters new leads but changes none; support sees none.
/// When a person holds several roles, the widest applies.
/// </summary>
public sealed record LeadAccess(LeadScope Scope, bool CanCreate, bool CanEdit)
{
    /// <summary>May change a lead with this owner or queue: edit it, change its status, reassign it.</summary>
    public bool CanChange(Guid? ownerId, Guid? queueTeamId) => CanEdit && Scope.Covers(ownerId, queueTeamId);

    internal static bool SeesAllLeads(Actor actor) => actor.IsInAnyRole(Roles.Admin, Roles.Marketing);

    internal static bool SeesTeamLeads(Actor actor) => actor.IsInAnyRole(Roles.SalesManager, Roles.SalesRep);

    internal static bool CreatesLeads(Actor actor) =>
        actor.IsInAnyRole(Roles.Admin, Roles.SalesManager, Roles.SalesRep, Roles.Marketing);

    internal static bool EditsLeads(Actor actor) =>
        actor.IsInAnyRole(Roles.Admin, Roles.SalesManager, Roles.SalesRep);
}
