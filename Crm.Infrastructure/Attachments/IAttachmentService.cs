using Crm.Domain.Attachments;
using Crm.Domain.Common;
using Crm.Infrastructure.Common;

namespace Crm.Infrastructure.Attachments;

/// <summary>
/// Attachments of any record, for the signed-in user. Uploading is two steps, so a file can be
/// added while the reply it belongs to is still being written: <see cref="StageAsync"/> streams
/// and checks the file, <see cref="AttachAsync"/> keeps it with its record. Who may read and add
/// files is decided per record kind by its <see cref="IAttachmentOwnerAccess"/>: a record the
/// caller cannot see raises <see cref="NotFoundException"/>, one they may only read
/// <see cref="ForbiddenException"/> on changes. Refused files raise <see cref="DomainException"/>
/// with field "Attachments" (codes in <see cref="AttachmentRules"/>).
/// </summary>
public interface IAttachmentService
{
    /// <summary>The size and count limits in force, for pickers to check before uploading.</summary>
    AttachmentLimits Limits { get; }

    /// <summary>
    /// Streams and checks one file (<see cref="IAttachmentStore.StageAsync"/>) for the signed-in
    /// user; <see cref="NotSignedInException"/> when nobody is.
    /// </summary>
    Task<StagedAttachment> StageAsync(string fileName, Stream content, CancellationToken cancellationToken = default);

    /// <summary>Throws a staged file away (removed from a reply before sending).</summary>
    Task DiscardAsync(StagedAttachment staged, CancellationToken cancellationToken = default);

    /// <summary>
    /// Keeps staged files with <paramref name="owner"/> (and <paramref name="messageId"/> within
    /// it) and returns them, in the order given. A message holds at most
    /// <see cref="AttachmentLimits.MaxFilesPerMessage"/> files ("Attachment.too-many"); a file no
    /// longer staged raises "Attachment.missing". All or none are attached.
    /// </summary>
    Task<IReadOnlyList<AttachmentItem>> AttachAsync(
        RecordLink owner, Guid? messageId, IReadOnlyList<StagedAttachment> files,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// The record's files, oldest first; with <paramref name="messageId"/> only that message's,
    /// without it all of them (each item says its message).
    /// </summary>
    Task<RecordAttachments> ListAsync(
        RecordLink owner, Guid? messageId = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Opens a file for download when its record is visible; otherwise (and when its bytes are
    /// missing) <see cref="NotFoundException"/>.
    /// </summary>
    Task<AttachmentContent> OpenAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>Removes the file and its row; needs the right to add files to its record.</summary>
    Task DeleteAsync(Guid id, CancellationToken cancellationToken = default);
}
