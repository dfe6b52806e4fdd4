using Crm.Domain.Common;
using Crm.Domain.Customers;

namespace Crm.Web.Live.Contract;

// Version 1 of the account messages of /hubs/live, as docs/live-events.md describes them.

/// <summary><c>account.created</c> and <c>account.changed</c> (a restore included): the owner and name now.</summary>
internal sealed record AccountStateV1(Guid Id, int Version, DateTime OccurredAt, Guid OwnerId, string Name)
{
    public static AccountStateV1 From(AccountCreated e) =>
        new(e.AggregateId, e.Version, Clock.Utc(e.OccurredAt), e.OwnerId, e.Name);

    public static AccountStateV1 From(AccountChanged e) =>
        new(e.AggregateId, e.Version, Clock.Utc(e.OccurredAt), e.OwnerId, e.Name);
}

/// <summary><c>account.ownerChanged</c>: sent to those who saw it before and those who see it now.</summary>
internal sealed record AccountOwnerChangedV1(
    Guid Id, int Version, DateTime OccurredAt, Guid PreviousOwnerId, Guid OwnerId)
{
    public static AccountOwnerChangedV1 From(AccountOwnerChanged e) =>
        new(e.AggregateId, e.Version, Clock.Utc(e.OccurredAt), e.PreviousOwnerId, e.OwnerId);
}

/// <summary><c>account.deleted</c>: moved to the recycle bin; a later <c>account.changed</c> restores it.</summary>
internal sealed record AccountDeletedV1(Guid Id, int Version, DateTime OccurredAt, Guid OwnerId)
{
    public static AccountDeletedV1 From(AccountDeleted e) =>
        new(e.AggregateId, e.Version, Clock.Utc(e.OccurredAt), e.OwnerId);
}
