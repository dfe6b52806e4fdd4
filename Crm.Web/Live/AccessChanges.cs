using Crm.Domain.Common;
using Crm.Domain.Teams;

namespace Crm.Web.Live;

/// <summary>The events after which a user's open connections no longer match what they may see.</summary>
internal static class AccessChanges
{
    /// <summary>Whose connections <paramref name="domainEvent"/> makes stale; empty for most events.</summary>
    public static IReadOnlyList<Guid> UsersAffectedBy(IDomainEvent domainEvent) => domainEvent switch
    {
        UserDeactivated e => [e.AggregateId],
        UserMovedToTeam e => [e.AggregateId],
        UserRolesChanged e => [e.AggregateId],
        TeamManagerChanged { PreviousManagerId: { } previous } e => [previous, e.ManagerId],
        TeamManagerChanged e => [e.ManagerId],
        _ => [],
    };
}
