using Microsoft.Extensions.Logging;

namespace Crm.Web.Live;

// Event ids 2420–2449: the external live hub. Ids only, no names.
internal static partial class LiveHubLog
{
    [LoggerMessage(EventId = 2420, Level = LogLevel.Debug,
        Message = "Live connection {ConnectionId} of user {UserId} joined {GroupCount} groups")]
    public static partial void Connected(ILogger logger, string connectionId, Guid userId, int groupCount);

    [LoggerMessage(EventId = 2421, Level = LogLevel.Warning,
        Message = "Live connection {ConnectionId} refused: user {UserId} is inactive or unknown")]
    public static partial void Refused(ILogger logger, string connectionId, Guid userId);

    [LoggerMessage(EventId = 2422, Level = LogLevel.Information,
        Message = "Closed {Count} live connections of user {UserId} after {EventType}")]
    public static partial void Dropped(ILogger logger, int count, Guid userId, string eventType);

    [LoggerMessage(EventId = 2423, Level = LogLevel.Warning,
        Message = "Message {MessageName} took {Seconds} s to reach its slowest connection")]
    public static partial void SlowSend(ILogger logger, string messageName, double seconds);

    [LoggerMessage(EventId = 2425, Level = LogLevel.Error, Message = "Sending message {MessageName} failed")]
    public static partial void SendFailed(ILogger logger, Exception exception, string messageName);

    [LoggerMessage(EventId = 2424, Level = LogLevel.Debug,
        Message = "Live connection {ConnectionId} now watches pipeline {PipelineId}")]
    public static partial void Watching(ILogger logger, string connectionId, Guid? pipelineId);
}
