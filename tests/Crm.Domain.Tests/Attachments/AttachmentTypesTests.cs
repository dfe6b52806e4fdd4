using Crm.Domain.Attachments;
using Crm.Domain.Common;

namespace Crm.Domain.Tests.Attachments;

public sealed class AttachmentTypesTests
{
    public static readonly TheoryData<string, byte[]> GenuineFiles = new()
    {
        { "screen.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13] },
        { "photo.JPG", [0xFF, 0xD8, 0xFF, 0xE0, 0, 16] },
        { "anim.gif", "GIF89a\x01\x00"u8.ToArray() },
        { "pic.webp", "RIFF\x10\x00\x00\x00WEBPVP8 "u8.ToArray() },
        { "报价单.pdf", "%PDF-1.7\n"u8.ToArray() },
        { "server.log", "2026-03-02 09:00:01 ERROR timeout\n"u8.ToArray() },
        { "export.csv", "名称,金额\n华东制造,1200\n"u8.ToArray() },
        { "unicode.txt", [0xFF, 0xFE, 0x41, 0x00] },
        { "logs.zip", [0x50, 0x4B, 0x03, 0x04, 20, 0] },
        { "contract.docx", [0x50, 0x4B, 0x03, 0x04, 20, 0] },
        { "forwarded.eml", "From: a@example.com\r\nSubject: hi\r\n\r\nbody"u8.ToArray() },
    };

    [Theory]
    [MemberData(nameof(GenuineFiles))]
    public void CheckContent_GenuineFile_Passes(string name, byte[] head)
    {
        var type = AttachmentRules.TypeOf(name);

        AttachmentRules.CheckContent(name, type, head);

        Assert.NotNull(type.ContentType);
    }

    [Theory]
    [InlineData("invoice.png")]
    [InlineData("notes.txt")]
    [InlineData("report.pdf")]
    public void CheckContent_ExecutableUnderAnotherName_IsRefusedAsMismatch(string name)
    {
        byte[] executable = [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00];

        var error = Assert.Throws<DomainException>(
            () => AttachmentRules.CheckContent(name, AttachmentRules.TypeOf(name), executable));

        Assert.Equal("Attachment.content-mismatch", error.Code);
        Assert.Contains(name, error.Message);
    }

    [Fact]
    public void CheckContent_BinaryWithNulBytesAsText_IsRefused()
    {
        byte[] binary = [0x01, 0x02, 0x00, 0x03];

        var act = () => AttachmentRules.CheckContent("data.csv", AttachmentRules.TypeOf("data.csv"), binary);

        Assert.Equal("Attachment.content-mismatch", Assert.Throws<DomainException>(act).Code);
    }

    [Theory]
    [InlineData("setup.exe")]
    [InlineData("script.js")]
    [InlineData("page.html")]
    [InlineData("no-extension")]
    public void TypeOf_ExtensionNotAccepted_IsRefusedNamingTheFile(string name)
    {
        var error = Assert.Throws<DomainException>(() => AttachmentRules.TypeOf(name));

        Assert.Equal("Attachment.type-not-allowed", error.Code);
        Assert.Contains(name, error.Message);
    }

    [Fact]
    public void TypeOf_Png_IsAnInlineImage()
    {
        var type = AttachmentRules.TypeOf("screen.PNG");

        Assert.Equal(("image/png", true), (type.ContentType, type.OpensInline));
    }

    [Fact]
    public void TypeOf_Pdf_IsDownloadedNotInline()
    {
        var type = AttachmentRules.TypeOf("报价单.pdf");

        Assert.False(type.OpensInline);
    }
}
