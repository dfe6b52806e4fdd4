using Crm.Domain.Teams;
using Crm.Infrastructure.Common;

namespace Crm.Infrastructure.Visibility;

/// <summary>
/// What an actor may do with tickets. Admins see and work all of them. Support agents see and
/// work the tickets in their team's queues and those assigned to them; support leads the same
/// for their own team and every team they manage, including tickets assigned to those teams'
/// members. Sales reps and managers see, read-only, the tickets of the accounts they see.
/// Marketing sees none. When a person holds several roles, the widest applies.
/// </summary>
public sealed record TicketAccess(TicketScope Scope, bool CanWork)
{
    public static readonly TicketAccess None = new(TicketScope.None, false);

    /// <summary>May reply, note, change and assign a ticket of this team and assignee.</summary>
    public bool CanChange(Guid teamId, Guid? assigneeId) => CanWork && Scope.Works(teamId, assigneeId);

    /// <summary>Admins and support leads create tickets in any active queue; agents in their team's.</summary>
    public bool CanCreateIn(Guid teamId) => CanWork && (Scope.SeesAll || Scope.TeamIds.Contains(teamId));

    internal static bool WorksTickets(Actor actor) => actor.IsInAnyRole(Roles.SupportLead, Roles.SupportAgent);

    internal static bool ReadsAccountTickets(Actor actor) => actor.IsInAnyRole(Roles.SalesManager, Roles.SalesRep);
}

/// <summary>
/// Which tickets an actor sees: all, or those of the listed teams, those assigned to the listed
/// users (both workable), and, read-only, those of accounts owned by <see cref="AccountOwnerIds"/>.
/// </summary>
public sealed record TicketScope(
    bool SeesAll,
    IReadOnlyCollection<Guid> TeamIds,
    IReadOnlyCollection<Guid> AssigneeIds,
    IReadOnlyCollection<Guid> AccountOwnerIds)
{
    public static readonly TicketScope None = new(false, [], [], []);

    public static readonly TicketScope All = new(true, [], [], []);

    /// <summary>The part of the scope the actor works in (everything but the read-only account part).</summary>
    public bool Works(Guid teamId, Guid? assigneeId) =>
        SeesAll || TeamIds.Contains(teamId) || (assigneeId is { } id && AssigneeIds.Contains(id));

    /// <summary>
    /// Whether a ticket is visible, for live subscribers: <paramref name="accountOwnerId"/> is the
    /// ticket's account owner when the subscriber knows it (events carry the account, not its owner).
    /// </summary>
    public bool Covers(Guid teamId, Guid? assigneeId, Guid? accountOwnerId) =>
        Works(teamId, assigneeId) || (accountOwnerId is { } owner && AccountOwnerIds.Contains(owner));
}
