using Crm.Domain.Common;

namespace Crm.Domain.Attachments;

/// <summary>
/// The checks every file goes through before it is kept. Each refusal is a
/// <see cref="DomainException"/> with field "Attachments", a stable code
/// (<c>Attachment.type-not-allowed</c>, <c>Attachment.content-mismatch</c>,
/// <c>Attachment.too-large</c>, <c>Attachment.empty</c>, <c>Attachment.too-many</c>) that the UI
/// translates, and an English message naming the file and the reason.
/// </summary>
public static class AttachmentRules
{
    public const string Field = "Attachments";

    /// <summary>The accepted kind the name's extension stands for; refuses other extensions.</summary>
    public static AttachmentType TypeOf(string fileName) =>
        AttachmentTypes.ForFileName(fileName)
        ?? throw Refused("type-not-allowed", $"{fileName} is not a kind of file that can be attached.");

    /// <summary>Refuses a file whose first bytes are not what its extension claims (a .png that is an .exe).</summary>
    public static void CheckContent(string fileName, AttachmentType type, ReadOnlySpan<byte> head)
    {
        if (!type.Signature.Matches(head))
        {
            throw Refused(
                "content-mismatch", $"{fileName} does not contain what a .{type.Extension} file should.");
        }
    }

    /// <summary>Refuses a file past the size limit; called while streaming with the bytes read so far.</summary>
    public static void CheckSize(string fileName, long sizeBytes, AttachmentLimits limits)
    {
        if (sizeBytes > limits.MaxFileBytes)
        {
            throw Refused("too-large", $"{fileName} is larger than {Megabytes(limits.MaxFileBytes)} MB.");
        }
    }

    /// <summary>Refuses a file that turned out to hold no bytes at all.</summary>
    public static void CheckNotEmpty(string fileName, long sizeBytes)
    {
        if (sizeBytes == 0)
        {
            throw Refused("empty", $"{fileName} is empty.");
        }
    }

    /// <summary>
    /// Refuses adding <paramref name="adding"/> files to a message that has <paramref name="existing"/>.
    /// </summary>
    public static void CheckCount(int existing, int adding, AttachmentLimits limits)
    {
        if (existing + adding > limits.MaxFilesPerMessage)
        {
            throw Refused(
                "too-many", $"A message can carry at most {limits.MaxFilesPerMessage} files.");
        }
    }

    /// <summary>Whole megabytes of a limit, as people read it ("20 MB").</summary>
    public static long Megabytes(long bytes) => bytes / (1024 * 1024);

    private static DomainException Refused(string reason, string message) =>
        new($"Attachment.{reason}", message, Field);
}
