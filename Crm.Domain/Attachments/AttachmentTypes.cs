using static Crm.Domain.Attachments.FileSignature;

namespace Crm.Domain.Attachments;

/// <summary>
/// The kinds of file the CRM accepts, by extension: screenshots and photos, PDF, plain-text logs
/// and CSV, zip archives, Office documents, and forwarded e-mails. Anything else is refused.
/// </summary>
public static class AttachmentTypes
{
    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] EmptyZip = [0x50, 0x4B, 0x05, 0x06];

    private static readonly AttachmentType[] Known =
    [
        new("png", "image/png", AttachmentFamily.Image, Magic([0x89, .. Ascii("PNG"), 0x0D, 0x0A, 0x1A, 0x0A])),
        new("jpg", "image/jpeg", AttachmentFamily.Image, Magic([0xFF, 0xD8, 0xFF])),
        new("jpeg", "image/jpeg", AttachmentFamily.Image, Magic([0xFF, 0xD8, 0xFF])),
        new("gif", "image/gif", AttachmentFamily.Image, Magic(Ascii("GIF87a"), Ascii("GIF89a"))),
        new("webp", "image/webp", AttachmentFamily.Image, Riff("WEBP")),
        new("pdf", "application/pdf", AttachmentFamily.Pdf, Magic(Ascii("%PDF-"))),
        new("txt", "text/plain; charset=utf-8", AttachmentFamily.Text, Text),
        new("log", "text/plain; charset=utf-8", AttachmentFamily.Text, Text),
        new("csv", "text/csv; charset=utf-8", AttachmentFamily.Spreadsheet, Text),
        new("zip", "application/zip", AttachmentFamily.Archive, Magic(Zip, EmptyZip)),
        new("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            AttachmentFamily.Document, Magic(Zip)),
        new("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            AttachmentFamily.Spreadsheet, Magic(Zip)),
        new("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            AttachmentFamily.Presentation, Magic(Zip)),
        new("eml", "message/rfc822", AttachmentFamily.Email, Text),
    ];

    private static readonly Dictionary<string, AttachmentType> ByExtension =
        Known.ToDictionary(t => t.Extension, StringComparer.OrdinalIgnoreCase);

    /// <summary>Every accepted kind, in the order they are listed to people.</summary>
    public static IReadOnlyList<AttachmentType> All => Known;

    /// <summary>The accepted extensions with their dots (".png"), for a file picker's filter.</summary>
    public static IReadOnlyList<string> Extensions { get; } = [.. Known.Select(t => "." + t.Extension)];

    /// <summary>The kind a file name's extension stands for; null when the extension is not accepted.</summary>
    public static AttachmentType? ForFileName(string fileName)
    {
        var extension = Path.GetExtension(fileName.Trim()).TrimStart('.');

        return ByExtension.GetValueOrDefault(extension);
    }
}
