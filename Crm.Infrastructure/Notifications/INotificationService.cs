using Crm.Infrastructure.Common;

namespace Crm.Infrastructure.Notifications;

/// <summary>
/// The signed-in user's own notifications; nobody reads or marks anyone else's. An id that is
/// missing or belongs to another user raises <see cref="NotFoundException"/>. Marking read or
/// unread is idempotent and publishes <c>NotificationRead</c> / <c>NotificationUnread</c> for
/// each notification that changed.
/// </summary>
public interface INotificationService
{
    /// <summary>
    /// A page of the caller's notifications, newest first, with the total the filter matches.
    /// The page size is kept between 1 and 100.
    /// </summary>
    Task<Page<NotificationItem>> ListAsync(NotificationQuery query, CancellationToken cancellationToken = default);

    /// <summary>How many of the caller's notifications are unread.</summary>
    Task<int> UnreadCountAsync(CancellationToken cancellationToken = default);

    /// <summary>Marks one notification read now; a read one keeps the moment it was first read.</summary>
    Task MarkReadAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>Makes one notification unread again.</summary>
    Task MarkUnreadAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>
    /// Marks every notification the caller had unread when the call started as read; returns how many.
    /// </summary>
    Task<int> MarkAllReadAsync(CancellationToken cancellationToken = default);
}
