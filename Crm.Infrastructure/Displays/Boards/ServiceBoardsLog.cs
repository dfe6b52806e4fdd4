using Microsoft.Extensions.Logging;

namespace Crm.Infrastructure.Displays.Boards;

// Event ids 4350-4399 belong to the service boards of wall displays. Ids and counts only.
internal static partial class ServiceBoardsLog
{
    [LoggerMessage(EventId = 4350, Level = LogLevel.Information,
        Message = "Service board of team {TeamId} (queue {QueueId}) built: {TicketCount} open tickets "
            + "in {ElapsedMs} ms")]
    public static partial void Built(ILogger logger, Guid teamId, Guid? queueId, int ticketCount, long elapsedMs);

    [LoggerMessage(EventId = 4351, Level = LogLevel.Debug,
        Message = "Service board of team {TeamId} (queue {QueueId}) published to {WatchCount} screens")]
    public static partial void Published(ILogger logger, Guid teamId, Guid? queueId, int watchCount);

    [LoggerMessage(EventId = 4352, Level = LogLevel.Debug,
        Message = "Service board of team {TeamId} (queue {QueueId}) rebuilt without a change; nothing published")]
    public static partial void Unchanged(ILogger logger, Guid teamId, Guid? queueId);

    [LoggerMessage(EventId = 4353, Level = LogLevel.Error,
        Message = "Service board of team {TeamId} (queue {QueueId}): rebuilding failed; the screens keep the "
            + "previous board until the next change")]
    public static partial void RebuildFailed(ILogger logger, Exception exception, Guid teamId, Guid? queueId);

    [LoggerMessage(EventId = 4354, Level = LogLevel.Information,
        Message = "Service board of team {TeamId} (queue {QueueId}) dropped: its last screen let go")]
    public static partial void Dropped(ILogger logger, Guid teamId, Guid? queueId);

    [LoggerMessage(EventId = 4355, Level = LogLevel.Error,
        Message = "Service board of team {TeamId} (queue {QueueId}): a screen failed to take a newer board")]
    public static partial void WatcherFailed(ILogger logger, Exception exception, Guid teamId, Guid? queueId);

    [LoggerMessage(EventId = 4356, Level = LogLevel.Information,
        Message = "Service boards: a new organisation day began; {BoardCount} boards rebuilt")]
    public static partial void NewDay(ILogger logger, int boardCount);

    [LoggerMessage(EventId = 4357, Level = LogLevel.Error,
        Message = "Service boards: reading the organisation's time zone at midnight failed; the boards keep "
            + "the zone they had")]
    public static partial void ZoneFailed(ILogger logger, Exception exception);
}
