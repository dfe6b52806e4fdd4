using Crm.Domain.Attachments;

namespace Crm.Infrastructure.Attachments;

/// <summary>Bound from the <c>Attachments</c> section of appsettings.json.</summary>
public sealed class AttachmentOptions
{
    public const string Section = "Attachments";

    /// <summary>Folder that holds the files; relative to the working directory; created when missing.</summary>
    public string Root { get; set; } = "data/attachments";

    public long MaxFileBytes { get; set; } = AttachmentLimits.DefaultMaxFileBytes;

    public int MaxFilesPerMessage { get; set; } = AttachmentLimits.DefaultMaxFilesPerMessage;

    /// <summary>
    /// How long an uploaded file may wait to be attached (a reply still being written) before it
    /// is swept away.
    /// </summary>
    public TimeSpan StagingLifetime { get; set; } = TimeSpan.FromDays(1);

    public AttachmentLimits Limits => new(MaxFileBytes, MaxFilesPerMessage);
}
