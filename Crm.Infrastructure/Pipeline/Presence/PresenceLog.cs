using Crm.Domain.Common;
using Microsoft.Extensions.Logging;

namespace Crm.Infrastructure.Pipeline.Presence;

// Event ids 2600-2619 belong to record presence (2600-2699 is the opportunity page's range).
// Ids only, no names.
internal static partial class PresenceLog
{
    [LoggerMessage(EventId = 2600, Level = LogLevel.Debug,
        Message = "User {UserId} opened {RecordKind} {RecordId}; {Pages} pages open on it")]
    public static partial void Joined(
        ILogger logger, Guid userId, RecordKind recordKind, Guid recordId, int pages);

    [LoggerMessage(EventId = 2601, Level = LogLevel.Debug,
        Message = "User {UserId} left {RecordKind} {RecordId}; {Pages} pages open on it")]
    public static partial void Left(
        ILogger logger, Guid userId, RecordKind recordKind, Guid recordId, int pages);

    [LoggerMessage(EventId = 2602, Level = LogLevel.Debug,
        Message = "User {UserId} {Action} editing {RecordKind} {RecordId}")]
    public static partial void Editing(
        ILogger logger, Guid userId, string action, RecordKind recordKind, Guid recordId);

    [LoggerMessage(EventId = 2603, Level = LogLevel.Warning,
        Message = "A presence listener on {RecordKind} {RecordId} failed")]
    public static partial void ListenerFailed(
        ILogger logger, Exception exception, RecordKind recordKind, Guid recordId);
}
