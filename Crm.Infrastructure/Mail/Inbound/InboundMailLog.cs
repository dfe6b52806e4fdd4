using Microsoft.Extensions.Logging;

namespace Crm.Infrastructure.Mail.Inbound;

// Event ids 3200-3299 belong to inbound mail. Keys and file names only: no addresses, names or text.
internal static partial class InboundMailLog
{
    [LoggerMessage(EventId = 3200, Level = LogLevel.Information,
        Message = "Inbound mail is read from {Source} every {PollSeconds} s")]
    public static partial void Started(ILogger logger, string source, int pollSeconds);

    [LoggerMessage(EventId = 3201, Level = LogLevel.Information, Message = "Inbound mail is off: {Reason}")]
    public static partial void Off(ILogger logger, string reason);

    [LoggerMessage(EventId = 3202, Level = LogLevel.Information, Message = "Inbound mail {Key} ({SourceId}) handled")]
    public static partial void Handled(ILogger logger, string key, string sourceId);

    [LoggerMessage(EventId = 3203, Level = LogLevel.Information,
        Message = "Inbound mail {Key} ({SourceId}) was handled before; moved aside without handing it on")]
    public static partial void Duplicate(ILogger logger, string key, string sourceId);

    [LoggerMessage(EventId = 3204, Level = LogLevel.Warning,
        Message = "Inbound mail {Key} ({SourceId}): the handler failed, attempt {Attempt} of {MaxAttempts}")]
    public static partial void HandlerFailed(
        ILogger logger, string key, string sourceId, int attempt, int maxAttempts, Exception exception);

    [LoggerMessage(EventId = 3205, Level = LogLevel.Warning,
        Message = "Inbound mail {SourceId} rejected and kept aside: {Reason}")]
    public static partial void Rejected(ILogger logger, string sourceId, string reason);

    [LoggerMessage(EventId = 3206, Level = LogLevel.Error, Message = "Inbound mail round on {Source} failed")]
    public static partial void RoundFailed(ILogger logger, string source, Exception exception);

    [LoggerMessage(EventId = 3207, Level = LogLevel.Information,
        Message = "Inbound mail round: {Handled} handled, {Duplicates} duplicates, {Failed} failed, "
            + "{Rejected} rejected")]
    public static partial void RoundFinished(ILogger logger, int handled, int duplicates, int failed, int rejected);

    [LoggerMessage(EventId = 3208, Level = LogLevel.Error,
        Message = "Inbound mail {SourceId} could not be processed; it stays for the next round")]
    public static partial void StepFailed(ILogger logger, string sourceId, Exception exception);

    [LoggerMessage(EventId = 3209, Level = LogLevel.Information,
        Message = "Deleted {Count} attachment work folders left by mails whose handling was cut short")]
    public static partial void LeftoversDeleted(ILogger logger, int count);

    [LoggerMessage(EventId = 3210, Level = LogLevel.Warning,
        Message = "Old attachment work folders could not be deleted")]
    public static partial void LeftoversNotDeleted(ILogger logger, Exception exception);
}
