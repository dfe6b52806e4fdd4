using Microsoft.Extensions.Logging;

namespace Crm.Infrastructure.Attachments;

// Event ids 3300-3399 belong to attachments.
internal static partial class AttachmentsLog
{
    [LoggerMessage(EventId = 3300, Level = LogLevel.Debug, Message = "Upload {Token} staged, {SizeBytes} bytes")]
    public static partial void Staged(ILogger logger, Guid token, long sizeBytes);

    [LoggerMessage(EventId = 3301, Level = LogLevel.Information,
        Message = "Upload refused: {Code}")]
    public static partial void Refused(ILogger logger, string code);

    [LoggerMessage(EventId = 3302, Level = LogLevel.Debug,
        Message = "{Count} files attached to {OwnerKind} {OwnerId}")]
    public static partial void Attached(ILogger logger, int count, Domain.Common.RecordKind ownerKind, Guid ownerId);

    [LoggerMessage(EventId = 3303, Level = LogLevel.Debug, Message = "Attachment {AttachmentId} deleted")]
    public static partial void Deleted(ILogger logger, Guid attachmentId);

    [LoggerMessage(EventId = 3304, Level = LogLevel.Information,
        Message = "Swept {Count} abandoned uploads from staging")]
    public static partial void Swept(ILogger logger, int count);

    [LoggerMessage(EventId = 3305, Level = LogLevel.Warning,
        Message = "Attachment {AttachmentId} has a row but its file is missing")]
    public static partial void FileMissing(ILogger logger, Guid attachmentId);

    [LoggerMessage(EventId = 3306, Level = LogLevel.Warning, Message = "Could not delete attachment file {File}")]
    public static partial void DeleteFailed(ILogger logger, string file, Exception error);

    [LoggerMessage(EventId = 3307, Level = LogLevel.Error, Message = "Sweeping the attachment staging folder failed")]
    public static partial void SweepFailed(ILogger logger, Exception error);
}
