using Crm.Domain.Attachments;
using Crm.Domain.Common;
using Crm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Crm.Infrastructure.Attachments;

/// <summary>
/// Keeps staged files with a record inside the caller's own unit of work, for services that
/// save attachments together with something else (a ticket reply and its files, in one
/// transaction). The caller has checked that the actor may add files to the owner.
/// </summary>
internal sealed class AttachmentKeeper(IAttachmentStore store, IOptions<AttachmentOptions> options, TimeProvider clock)
{
    public AttachmentLimits Limits { get; } = options.Value.Limits;

    /// <summary>
    /// Checks the files per message, moves the staged files into place and adds their rows to
    /// <paramref name="db"/> without saving (<paramref name="uploadedById"/> null: the customer
    /// sent them, by mail or the public form). If the caller's save or transaction fails it must
    /// call <see cref="KeptAttachments.Undo"/>, so no file is left without its row.
    /// </summary>
    public async Task<KeptAttachments> KeepAsync(
        CrmDbContext db, Guid? uploadedById, RecordLink owner, Guid? messageId, IReadOnlyList<StagedAttachment> files,
        CancellationToken cancellationToken)
    {
        var existing = messageId is { } message
            ? await db.Attachments.CountAsync(
                a => a.Owner.Id == owner.Id && a.Owner.Kind == owner.Kind && a.MessageId == message, cancellationToken)
            : 0;
        AttachmentRules.CheckCount(existing, files.Count, Limits);

        var kept = new KeptAttachments(store);
        try
        {
            var now = clock.GetUtcNow().UtcDateTime;
            foreach (var file in files)
            {
                var stored = new StoredFile(file.FileName, file.SizeBytes, file.Sha256, store.Commit(file, now));
                kept.Add(Attachment.Create(file.Token, owner, messageId, stored, Limits, uploadedById, now));
            }
        }
        catch
        {
            kept.Undo();
            throw;
        }

        db.Attachments.AddRange(kept.Attachments);

        return kept;
    }
}

/// <summary>Files moved into place for rows not yet saved.</summary>
internal sealed class KeptAttachments(IAttachmentStore store)
{
    private readonly List<Attachment> _attachments = [];

    public IReadOnlyList<Attachment> Attachments => _attachments;

    public void Add(Attachment attachment) => _attachments.Add(attachment);

    /// <summary>Deletes the moved files again; for when the rows were not saved.</summary>
    public void Undo()
    {
        foreach (var attachment in _attachments)
        {
            store.Delete(attachment.StorageKey);
        }
    }
}
