using Microsoft.Extensions.Logging;

namespace Crm.Infrastructure.Displays;

// Event ids 4250-4299 belong to wall displays. Ids only: a display's token never reaches a log.
internal static partial class DisplaysLog
{
    [LoggerMessage(EventId = 4250, Level = LogLevel.Information,
        Message = "Display {DisplayId} set up by {UserId}")]
    public static partial void Created(ILogger logger, Guid displayId, Guid userId);

    [LoggerMessage(EventId = 4251, Level = LogLevel.Information,
        Message = "Display {DisplayId} changed by {UserId}; live: {IsLive}")]
    public static partial void Changed(ILogger logger, Guid displayId, bool isLive, Guid userId);

    [LoggerMessage(EventId = 4252, Level = LogLevel.Warning,
        Message = "A screen's handler of display {DisplayId} changing failed")]
    public static partial void ListenerFailed(ILogger logger, Exception exception, Guid displayId);
}
