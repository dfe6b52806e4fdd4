using Microsoft.Extensions.Logging;

namespace Crm.Infrastructure.Activities;

// Event ids 1500-1519 belong to activities.
internal static partial class ActivitiesLog
{
    [LoggerMessage(
        EventId = 1500, Level = LogLevel.Debug, Message = "Activity {ActivityId} logged on account {AccountId}")]
    public static partial void Logged(ILogger logger, Guid activityId, Guid accountId);

    [LoggerMessage(EventId = 1501, Level = LogLevel.Debug, Message = "Activity {ActivityId} corrected")]
    public static partial void Corrected(ILogger logger, Guid activityId);

    [LoggerMessage(EventId = 1502, Level = LogLevel.Debug, Message = "Activity {ActivityId} deleted")]
    public static partial void Deleted(ILogger logger, Guid activityId);
}
