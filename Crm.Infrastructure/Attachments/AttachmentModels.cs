using Crm.Domain.Attachments;
using Crm.Domain.Common;

namespace Crm.Infrastructure.Attachments;

/// <summary>
/// A file that passed the checks and waits on disk to be attached (while the reply it goes with
/// is still being written). <see cref="Token"/> is unguessable; <see cref="FileName"/> is the
/// name for display. Files not attached within the staging lifetime are swept away.
/// </summary>
public sealed record StagedAttachment(Guid Token, string FileName, string ContentType, long SizeBytes, string Sha256)
{
    public AttachmentFamily Family => AttachmentRules.TypeOf(FileName).Family;
}

/// <summary>One attached file as lists show it. <see cref="UploadedAt"/> is UTC.</summary>
public sealed record AttachmentItem(
    Guid Id,
    RecordLink Owner,
    Guid? MessageId,
    string FileName,
    string ContentType,
    long SizeBytes,
    string Sha256,
    Guid? UploadedById,
    string UploadedByName,
    DateTime UploadedAt,
    bool CanDelete)
{
    /// <summary>The kind of file by its name, for icons and whether it opens in the browser.</summary>
    public AttachmentFamily Family => AttachmentTypes.ForFileName(FileName)?.Family ?? AttachmentFamily.Document;
}

/// <summary>The files of a record and whether the caller may add more.</summary>
public sealed record RecordAttachments(IReadOnlyList<AttachmentItem> Items, bool CanAdd);

/// <summary>A file opened for download; dispose it to close the stream.</summary>
public sealed record AttachmentContent(AttachmentItem Item, Stream Content) : IAsyncDisposable
{
    /// <summary>Images open in the browser; everything else is offered as a download.</summary>
    public bool OpensInline => Item.Family == AttachmentFamily.Image;

    public ValueTask DisposeAsync() => Content.DisposeAsync();
}

/// <summary>What the caller may do with the attachments of one record.</summary>
public sealed record AttachmentRights(bool CanRead, bool CanWrite)
{
    public static readonly AttachmentRights None = new(false, false);

    public static readonly AttachmentRights ReadOnly = new(true, false);

    public static readonly AttachmentRights ReadWrite = new(true, true);
}
