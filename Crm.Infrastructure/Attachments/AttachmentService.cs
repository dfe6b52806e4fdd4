using Crm.Domain.Attachments;
using Crm.Domain.Common;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Crm.Infrastructure.Attachments;

internal sealed class AttachmentService(
    IDbContextFactory<CrmDbContext> contexts, ICurrentUser currentUser, IAttachmentStore store,
    AttachmentKeeper keeper, IEnumerable<IAttachmentOwnerAccess> owners, TimeProvider clock,
    ILogger<AttachmentService> logger) : IAttachmentService
{
    private const string RecordType = "Attachment";

    public AttachmentLimits Limits => keeper.Limits;

    public async Task<StagedAttachment> StageAsync(
        string fileName, Stream content, CancellationToken cancellationToken = default)
    {
        await currentUser.GetAsync(cancellationToken);
        try
        {
            return await store.StageAsync(fileName, content, cancellationToken);
        }
        catch (DomainException refusal)
        {
            AttachmentsLog.Refused(logger, refusal.Code);
            throw;
        }
    }

    public async Task DiscardAsync(StagedAttachment staged, CancellationToken cancellationToken = default)
    {
        await currentUser.GetAsync(cancellationToken);
        store.Discard(staged.Token);
    }

    public async Task<IReadOnlyList<AttachmentItem>> AttachAsync(
        RecordLink owner, Guid? messageId, IReadOnlyList<StagedAttachment> files,
        CancellationToken cancellationToken = default)
    {
        var (db, actor) = await OpenAsync(cancellationToken);
        await using var _ = db;
        await EnsureWritableAsync(db, actor, owner, cancellationToken);

        // The files are in place before their rows are written; a failed save deletes them
        // again, so no file is left without its row.
        var kept = await keeper.KeepAsync(db, actor.UserId, owner, messageId, files, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            kept.Undo();
            throw;
        }

        AttachmentsLog.Attached(logger, kept.Attachments.Count, owner.Kind, owner.Id);

        var ids = kept.Attachments.Select(a => a.Id).ToList();
        var items = await Project(db, db.Attachments.Where(a => ids.Contains(a.Id)), true)
            .ToListAsync(cancellationToken);

        return [.. ids.Select(id => items.Single(i => i.Id == id))];
    }

    public async Task<RecordAttachments> ListAsync(
        RecordLink owner, Guid? messageId = null, CancellationToken cancellationToken = default)
    {
        var (db, actor) = await OpenAsync(cancellationToken);
        await using var _ = db;
        var rights = await RightsAsync(db, actor, owner, cancellationToken);
        if (!rights.CanRead)
        {
            throw new NotFoundException(owner.Kind.ToString(), owner.Id);
        }

        var attachments = OfOwner(db, owner);
        if (messageId is { } message)
        {
            attachments = attachments.Where(a => a.MessageId == message);
        }

        var items = await Project(db, attachments.OrderBy(a => a.UploadedAt).ThenBy(a => a.Id), rights.CanWrite)
            .ToListAsync(cancellationToken);

        return new RecordAttachments(items, rights.CanWrite);
    }

    public async Task<AttachmentContent> OpenAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var (db, actor) = await OpenAsync(cancellationToken);
        await using var _ = db;
        var (attachment, rights) = await FindAsync(db, actor, id, cancellationToken);
        var item = await Project(db, db.Attachments.Where(a => a.Id == id), rights.CanWrite)
            .SingleAsync(cancellationToken);
        try
        {
            return new AttachmentContent(item, store.OpenRead(attachment.StorageKey));
        }
        catch (FileNotFoundException)
        {
            AttachmentsLog.FileMissing(logger, id);
            throw new NotFoundException(RecordType, id);
        }
    }

    public async Task DeleteAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var (db, actor) = await OpenAsync(cancellationToken);
        await using var _ = db;
        var (attachment, rights) = await FindAsync(db, actor, id, cancellationToken);
        EnsureCanWrite(rights);

        attachment.Remove(Now);
        await Transactions.InTransactionAsync(contexts, async tx =>
        {
            // The removal event goes out through the save that records it, then the row goes.
            tx.Attach(attachment);
            await tx.SaveChangesAsync(cancellationToken);
            tx.Remove(attachment);
            return await tx.SaveChangesAsync(cancellationToken);
        }, cancellationToken);
        store.Delete(attachment.StorageKey);
        AttachmentsLog.Deleted(logger, id);
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private async Task<(Attachment Attachment, AttachmentRights Rights)> FindAsync(
        CrmDbContext db, Actor actor, Guid id, CancellationToken cancellationToken)
    {
        var attachment = await db.Attachments.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken)
            ?? throw new NotFoundException(RecordType, id);
        var rights = await RightsAsync(db, actor, attachment.Owner, cancellationToken);

        return rights.CanRead ? (attachment, rights) : throw new NotFoundException(RecordType, id);
    }

    private async Task EnsureWritableAsync(
        CrmDbContext db, Actor actor, RecordLink owner, CancellationToken cancellationToken)
    {
        var rights = await RightsAsync(db, actor, owner, cancellationToken);
        if (!rights.CanRead)
        {
            throw new NotFoundException(owner.Kind.ToString(), owner.Id);
        }

        EnsureCanWrite(rights);
    }

    private static void EnsureCanWrite(AttachmentRights rights)
    {
        if (!rights.CanWrite)
        {
            throw new ForbiddenException("You can read this record's files but not change them.");
        }
    }

    private Task<AttachmentRights> RightsAsync(
        CrmDbContext db, Actor actor, RecordLink owner, CancellationToken cancellationToken) =>
        owners.FirstOrDefault(o => o.Kind == owner.Kind) is { } access
            ? access.RightsAsync(db, actor, owner.Id, cancellationToken)
            : Task.FromResult(AttachmentRights.None);

    private static IQueryable<Attachment> OfOwner(CrmDbContext db, RecordLink owner) =>
        db.Attachments.Where(a => a.Owner.Id == owner.Id && a.Owner.Kind == owner.Kind);

    private static IQueryable<AttachmentItem> Project(
        CrmDbContext db, IQueryable<Attachment> attachments, bool canDelete) =>
        attachments.Select(a => new AttachmentItem(
            a.Id, new RecordLink(a.Owner.Kind, a.Owner.Id), a.MessageId, a.FileName, a.ContentType, a.SizeBytes,
            a.Sha256, a.UploadedById,
            db.CrmUsers.Where(u => u.Id == a.UploadedById).Select(u => u.DisplayName).FirstOrDefault() ?? "",
            a.UploadedAt, canDelete));

    private async Task<(CrmDbContext Db, Actor Actor)> OpenAsync(CancellationToken cancellationToken)
    {
        var actor = await currentUser.GetAsync(cancellationToken);

        return (await contexts.CreateDbContextAsync(cancellationToken), actor);
    }
}
