using Crm.Domain.Notifications;
using Microsoft.Extensions.Logging;

namespace Crm.Infrastructure.Notifications;

// Event ids 2300-2399 belong to notifications.
internal static partial class NotificationsLog
{
    [LoggerMessage(EventId = 2300, Level = LogLevel.Debug,
        Message = "Notification {NotificationId} ({Kind}) added for {RecipientId}")]
    public static partial void Added(ILogger logger, Guid notificationId, NotificationKind kind, Guid recipientId);

    [LoggerMessage(EventId = 2301, Level = LogLevel.Debug,
        Message = "Notification {Kind} for {RecipientId} skipped: the recipient did it themselves")]
    public static partial void SkippedOwnAction(ILogger logger, NotificationKind kind, Guid recipientId);

    [LoggerMessage(EventId = 2302, Level = LogLevel.Debug,
        Message = "{Count} notifications of {RecipientId} marked read")]
    public static partial void MarkedAllRead(ILogger logger, int count, Guid recipientId);

    [LoggerMessage(EventId = 2303, Level = LogLevel.Debug,
        Message = "Marking notification {NotificationId} met a concurrent change; tried again")]
    public static partial void RetriedAfterConflict(ILogger logger, Guid notificationId);
}
