using Microsoft.Extensions.Logging;

namespace Crm.Infrastructure.Live;

internal static partial class LiveLog
{
    [LoggerMessage(EventId = 1100, Level = LogLevel.Error, Message = "A live subscriber failed on {EventType}")]
    public static partial void SubscriberFailed(ILogger logger, Exception exception, string eventType);

    [LoggerMessage(EventId = 1101, Level = LogLevel.Warning,
        Message = "Outbox row {OutboxId} has unknown event type {EventType}; skipped")]
    public static partial void UnknownEventType(ILogger logger, long outboxId, string eventType);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Error, Message = "Reading the outbox failed")]
    public static partial void OutboxReadFailed(ILogger logger, Exception exception);
}
