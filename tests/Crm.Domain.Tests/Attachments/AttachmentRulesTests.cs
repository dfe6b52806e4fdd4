using Crm.Domain.Attachments;
using Crm.Domain.Common;

namespace Crm.Domain.Tests.Attachments;

public sealed class AttachmentRulesTests
{
    private static readonly DateTime At = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);
    private static readonly string Hash = new('a', 64);

    [Fact]
    public void CheckSize_OneBytePastTheLimit_IsRefusedWithTheLimit()
    {
        var limits = new AttachmentLimits(5 * 1024 * 1024, 10);

        var error = Assert.Throws<DomainException>(
            () => AttachmentRules.CheckSize("big.png", limits.MaxFileBytes + 1, limits));

        Assert.Equal("Attachment.too-large", error.Code);
        Assert.Equal("big.png is larger than 5 MB.", error.Message);
    }

    [Fact]
    public void CheckSize_ExactlyTheLimit_Passes()
    {
        var limits = AttachmentLimits.Default;

        AttachmentRules.CheckSize("big.png", limits.MaxFileBytes, limits);

        Assert.Equal(20 * 1024 * 1024, limits.MaxFileBytes);
    }

    [Fact]
    public void CheckCount_EleventhFileOnAMessage_IsRefused()
    {
        var error = Assert.Throws<DomainException>(
            () => AttachmentRules.CheckCount(8, 3, AttachmentLimits.Default));

        Assert.Equal(("Attachment.too-many", "Attachments"), (error.Code, error.Field));
    }

    [Fact]
    public void Create_ValidFile_RecordsAddedEventWithTheOwner()
    {
        var owner = new RecordLink(RecordKind.Account, Guid.CreateVersion7());
        var file = new StoredFile("../报价单.pdf", 1024, Hash, "2026/03/abc");

        var attachment = Attachment.Create(
            Guid.CreateVersion7(), owner, null, file, AttachmentLimits.Default, Guid.CreateVersion7(), At);

        var added = Assert.IsType<AttachmentAdded>(Assert.Single(attachment.DomainEvents));
        Assert.Equal((RecordKind.Account, owner.Id, "报价单.pdf"), (added.OwnerKind, added.OwnerId, added.FileName));
        Assert.Equal("../报价单.pdf", attachment.OriginalFileName);
    }

    [Fact]
    public void Create_EmptyFile_IsRefused()
    {
        var file = new StoredFile("empty.txt", 0, Hash, "2026/03/abc");

        var act = () => Attachment.Create(
            Guid.CreateVersion7(), new RecordLink(RecordKind.Account, Guid.CreateVersion7()), null, file,
            AttachmentLimits.Default, Guid.CreateVersion7(), At);

        Assert.Equal("Attachment.empty", Assert.Throws<DomainException>(act).Code);
    }

    [Fact]
    public void Create_ContentTypeComesFromTheExtensionNotTheUploader()
    {
        var file = new StoredFile("notes.txt", 10, Hash, "2026/03/abc");

        var attachment = Attachment.Create(
            Guid.CreateVersion7(), new RecordLink(RecordKind.Contact, Guid.CreateVersion7()), Guid.CreateVersion7(),
            file, AttachmentLimits.Default, Guid.CreateVersion7(), At);

        Assert.Equal("text/plain; charset=utf-8", attachment.ContentType);
    }
}
