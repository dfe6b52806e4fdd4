using Crm.Domain.Attachments;
using Crm.Domain.Common;
using Crm.Infrastructure.Attachments;

namespace Crm.Web.Tests.Attachments;

/// <summary>
/// Stages whatever it is given (reading it to the end) unless told to refuse a file name with a
/// rule's code, as the real store would after looking at the bytes.
/// </summary>
public sealed class FakeAttachmentService : IAttachmentService
{
    public AttachmentLimits Limits { get; set; } = AttachmentLimits.Default;

    public Dictionary<string, string> Refuse { get; } = [];

    public List<string> StagedNames { get; } = [];

    public List<Guid> Discarded { get; } = [];

    /// <summary>What <see cref="ListAsync"/> answers, for every record.</summary>
    public List<AttachmentItem> Items { get; } = [];

    public bool CanAdd { get; set; } = true;

    public static AttachmentItem Item(Guid accountId, string fileName, long sizeBytes = 5 * 1024 * 1024) =>
        new(Guid.NewGuid(), new RecordLink(RecordKind.Account, accountId), null, fileName, "image/png", sizeBytes,
            new string('0', 64), Guid.NewGuid(), "王伟", new DateTime(2026, 3, 2, 1, 0, 0, DateTimeKind.Utc), true);

    public async Task<StagedAttachment> StageAsync(
        string fileName, Stream content, CancellationToken cancellationToken = default)
    {
        var size = 0L;
        var buffer = new byte[8192];
        int read;
        while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
        {
            size += read;
        }

        if (Refuse.TryGetValue(fileName, out var code))
        {
            throw new DomainException(code, $"{fileName} refused.", AttachmentRules.Field);
        }

        StagedNames.Add(fileName);

        return new StagedAttachment(Guid.NewGuid(), fileName, "text/plain", size, new string('0', 64));
    }

    public Task DiscardAsync(StagedAttachment staged, CancellationToken cancellationToken = default)
    {
        Discarded.Add(staged.Token);

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<AttachmentItem>> AttachAsync(
        RecordLink owner, Guid? messageId, IReadOnlyList<StagedAttachment> files,
        CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("The picker never attaches; its parent does.");

    public Task<RecordAttachments> ListAsync(
        RecordLink owner, Guid? messageId = null, CancellationToken cancellationToken = default) =>
        Task.FromResult(new RecordAttachments([.. Items], CanAdd));

    public Task<AttachmentContent> OpenAsync(Guid id, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task DeleteAsync(Guid id, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();
}
