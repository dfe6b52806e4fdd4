using Microsoft.Extensions.Logging;

namespace Crm.Infrastructure.Tickets.Canned;

// Event ids 3700-3749 belong to canned replies. Ids only: titles and bodies stay out of logs.
internal static partial class CannedRepliesLog
{
    [LoggerMessage(EventId = 3700, Level = LogLevel.Information,
        Message = "Canned reply {ReplyId} of team {TeamId} saved by {UserId}")]
    public static partial void Saved(ILogger logger, Guid replyId, Guid teamId, Guid userId);

    [LoggerMessage(EventId = 3701, Level = LogLevel.Information,
        Message = "Canned reply {ReplyId} of team {TeamId} retired by {UserId}")]
    public static partial void Retired(ILogger logger, Guid replyId, Guid teamId, Guid userId);

    [LoggerMessage(EventId = 3702, Level = LogLevel.Debug,
        Message = "Canned reply {ReplyId} rendered for ticket {TicketId} by {UserId}")]
    public static partial void Rendered(ILogger logger, Guid replyId, Guid ticketId, Guid userId);
}
