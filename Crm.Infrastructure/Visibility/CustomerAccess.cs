using Crm.Domain.Teams;
using Crm.Infrastructure.Common;

namespace Crm.Infrastructure.Visibility;

/// <summary>What an actor may do with the customers (accounts and contacts) they can see.</summary>
public sealed record CustomerAccess(VisibilityScope Scope, bool CanEditProfiles, bool CanLogActivities)
{
    /// <summary>
    /// May add, edit and delete contacts of the accounts in scope: sales roles within their
    /// scope, service roles on every account; marketing only reads.
    /// </summary>
    public bool CanEditContacts { get; init; }

    /// <summary>Roles that see every customer: service teams serve anyone, marketing reads all.</summary>
    internal static bool SeesAllCustomers(Actor actor) =>
        actor.IsInAnyRole(Roles.Admin, Roles.SupportLead, Roles.SupportAgent, Roles.Marketing);

    internal static bool EditsProfiles(Actor actor) =>
        actor.IsInAnyRole(Roles.Admin, Roles.SalesManager, Roles.SalesRep);

    internal static bool LogsActivities(Actor actor) =>
        actor.IsInAnyRole(Roles.Admin, Roles.SalesManager, Roles.SalesRep, Roles.SupportLead, Roles.SupportAgent);

    internal static bool EditsContacts(Actor actor) => LogsActivities(actor);

    /// <summary>Profile edits by sales roles are limited to their own scope; admins edit everything.</summary>
    public bool CanEdit(Guid ownerId) => CanEditProfiles && Scope.Covers(ownerId);
}
