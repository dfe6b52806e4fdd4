using Crm.Domain.Common;
using Crm.Domain.Notifications;

namespace Crm.Infrastructure.Notifications;

/// <summary>A page of the caller's notifications, newest first. <see cref="Page"/> starts at 0.</summary>
public sealed record NotificationQuery(int Page = 0, int PageSize = 20, bool UnreadOnly = false);

/// <summary>
/// One notification as lists show it: the UI renders its text from <see cref="Kind"/> and
/// <see cref="Arguments"/> in the reader's language. <see cref="ActorName"/> is the actor's
/// current display name, null for the system. Times are UTC.
/// </summary>
public sealed record NotificationItem(
    Guid Id,
    NotificationKind Kind,
    RecordLink? Target,
    IReadOnlyDictionary<string, string> Arguments,
    DateTime At,
    DateTime? ReadAt,
    Guid? ActorId,
    string? ActorName)
{
    public bool IsRead => ReadAt is not null;
}
