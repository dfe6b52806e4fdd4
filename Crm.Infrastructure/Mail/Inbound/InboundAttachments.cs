using MimeKit;

namespace Crm.Infrastructure.Mail.Inbound;

/// <summary>Decodes the attachments and inline images of a mail into files of a work folder.</summary>
internal static class InboundAttachments
{
    private const string DefaultName = "attachment";

    public static async Task<IReadOnlyList<InboundAttachment>> DecodeAsync(
        MimeMessage message, string workFolder, CancellationToken cancellationToken)
    {
        var body = InboundBody.Chosen(message);
        var parts = message.BodyParts.Where(p => p != body && IsAttachment(p)).ToList();
        if (parts.Count == 0)
        {
            return [];
        }

        Directory.CreateDirectory(workFolder);
        var attachments = new List<InboundAttachment>(parts.Count);
        foreach (var part in parts)
        {
            var path = Path.Combine(workFolder, (attachments.Count + 1).ToString("D3", null));
            var size = await WriteAsync(part, path, cancellationToken);
            attachments.Add(new InboundAttachment(
                FileNameOf(part), part.ContentType.MimeType.ToLowerInvariant(), size, path,
                !part.IsAttachment));
        }

        return attachments;
    }

    // Text parts other than the body count only when marked as attachments; an HTML
    // alternative of the text body is the same content again.
    private static bool IsAttachment(MimeEntity part) => part switch
    {
        MessagePart => true,
        TextPart text => text.IsAttachment,
        MimePart => true,
        _ => false,
    };

    private static async Task<long> WriteAsync(MimeEntity part, string path, CancellationToken cancellationToken)
    {
        await using var file = new FileStream(
            path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous);
        if (part is MessagePart { Message: not null } forwarded)
        {
            await forwarded.Message.WriteToAsync(file, cancellationToken);
        }
        else if (part is MimePart mime && mime.Content is not null)
        {
            await mime.Content.DecodeToAsync(file, cancellationToken);
        }

        return file.Length;
    }

    private static string FileNameOf(MimeEntity part)
    {
        var declared = part switch
        {
            MimePart mime => mime.FileName,
            MessagePart forwarded => part.ContentDisposition?.FileName ?? Subject(forwarded),
            _ => null,
        };
        // Only the last segment: a name like "..\..\boot.ini" must not reach storage paths.
        var name = Path.GetFileName((declared ?? "").Replace('\\', '/').Trim());
        if (name.Length > 0 && name != "." && name != "..")
        {
            return name;
        }

        return MimeTypes.TryGetExtension(part.ContentType.MimeType, out var extension)
            ? DefaultName + extension
            : DefaultName;
    }

    private static string? Subject(MessagePart forwarded) =>
        string.IsNullOrWhiteSpace(forwarded.Message?.Subject) ? null : forwarded.Message.Subject + ".eml";
}
