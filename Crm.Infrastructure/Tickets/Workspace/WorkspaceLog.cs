using Microsoft.Extensions.Logging;

namespace Crm.Infrastructure.Tickets.Workspace;

// Event ids 3600-3699 and 3850-3899 belong to the agent workspace. Ids and counts only.
internal static partial class WorkspaceLog
{
    [LoggerMessage(EventId = 3600, Level = LogLevel.Information,
        Message = "Workspace of team {TeamId} loaded: {TicketCount} open tickets in {ElapsedMs} ms")]
    public static partial void Loaded(ILogger logger, Guid teamId, int ticketCount, long elapsedMs);

    [LoggerMessage(EventId = 3601, Level = LogLevel.Debug,
        Message = "Workspace of team {TeamId}: {EventType} of ticket {TicketId} version {Version} ignored, "
            + "the workspace holds version {HeldVersion}")]
    public static partial void Stale(
        ILogger logger, Guid teamId, string eventType, Guid ticketId, int version, int heldVersion);

    [LoggerMessage(EventId = 3602, Level = LogLevel.Debug,
        Message = "Workspace of team {TeamId}: ticket {TicketId} now at version {Version}")]
    public static partial void Applied(ILogger logger, Guid teamId, Guid ticketId, int version);

    [LoggerMessage(EventId = 3603, Level = LogLevel.Debug,
        Message = "Workspace of team {TeamId}: ticket {TicketId} taken off")]
    public static partial void Removed(ILogger logger, Guid teamId, Guid ticketId);

    [LoggerMessage(EventId = 3604, Level = LogLevel.Error,
        Message = "Workspace of team {TeamId}: applying {EventType} failed; the workspace keeps the previous "
            + "snapshot until the next change of that ticket")]
    public static partial void ApplyFailed(ILogger logger, Exception exception, Guid teamId, string eventType);

    [LoggerMessage(EventId = 3605, Level = LogLevel.Error,
        Message = "Workspace of team {TeamId}: a subscriber failed to take a change")]
    public static partial void SubscriberFailed(ILogger logger, Exception exception, Guid teamId);

    [LoggerMessage(EventId = 3850, Level = LogLevel.Error,
        Message = "Workspace of team {TeamId}: reading a user's scope again after a team change failed; "
            + "the feed keeps the scope it had")]
    public static partial void RescopeFailed(ILogger logger, Exception exception, Guid teamId);
}
