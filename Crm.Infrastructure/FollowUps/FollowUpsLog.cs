using Microsoft.Extensions.Logging;

namespace Crm.Infrastructure.FollowUps;

// Event ids 1520-1539 belong to follow-up tasks.
internal static partial class FollowUpsLog
{
    [LoggerMessage(EventId = 1520, Level = LogLevel.Debug, Message = "Follow-up {TaskId} created for {AssigneeId}")]
    public static partial void Created(ILogger logger, Guid taskId, Guid assigneeId);

    [LoggerMessage(EventId = 1521, Level = LogLevel.Debug, Message = "Follow-up {TaskId} changed; done: {IsDone}")]
    public static partial void Changed(ILogger logger, Guid taskId, bool isDone);
}
