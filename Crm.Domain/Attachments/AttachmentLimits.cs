namespace Crm.Domain.Attachments;

/// <summary>
/// How big a file may be and how many files one message (a ticket reply, a note) may carry.
/// Operators change them in settings; 20 MB and 10 files unless told otherwise.
/// </summary>
public sealed record AttachmentLimits(long MaxFileBytes, int MaxFilesPerMessage)
{
    public const long DefaultMaxFileBytes = 20 * 1024 * 1024;

    public const int DefaultMaxFilesPerMessage = 10;

    public static readonly AttachmentLimits Default = new(DefaultMaxFileBytes, DefaultMaxFilesPerMessage);
}
