using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using MimeKit;

namespace Crm.Infrastructure.Mail.Inbound;

/// <summary>
/// Parses an .eml file into an <see cref="InboundMail"/>. The file is parsed in place (MimeKit
/// refers to its parts instead of copying them into memory) and each attachment is decoded
/// into a work file, so a mail with a 40 MB log costs disk, not memory.
/// </summary>
internal sealed class InboundMailReader(string workRoot, long maxBytes)
{
    static InboundMailReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>GBK and GB2312 mail is decoded as GB18030, their superset (clients label GBK text "gb2312").</summary>
    internal static Encoding Chinese => Encoding.GetEncoding("gb18030");

    /// <summary>Reads the file; throws <see cref="MalformedMailException"/> saying why it is unusable.</summary>
    public async Task<InboundMail> ReadAsync(string path, CancellationToken cancellationToken)
    {
        CheckSize(new FileInfo(path).Length);
        await using var stream = new FileStream(
            path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.Asynchronous);
        using var message = await LoadAsync(stream, cancellationToken);
        var from = message.From.Mailboxes.FirstOrDefault(m => !string.IsNullOrWhiteSpace(m.Address))
            ?? throw new MalformedMailException("The mail has no sender: its From header is missing or empty.");

        var workFolder = Path.Combine(workRoot, Guid.NewGuid().ToString("N"));
        try
        {
            var attachments = await InboundAttachments.DecodeAsync(message, workFolder, cancellationToken);
            var key = Blank(message.MessageId) ?? await DigestAsync(stream, cancellationToken);

            return ToMail(message, key, from, attachments, workFolder);
        }
        catch
        {
            DeleteFolder(workFolder);
            throw;
        }
    }

    private static InboundMail ToMail(
        MimeMessage message, string key, MailboxAddress from, IReadOnlyList<InboundAttachment> attachments,
        string workFolder)
    {
        var (text, fromHtml) = InboundBody.Text(message);

        return new InboundMail
        {
            Key = key,
            MessageId = Blank(message.MessageId),
            InReplyTo = Blank(message.InReplyTo),
            References = [.. message.References.Where(r => !string.IsNullOrWhiteSpace(r))],
            From = Address(from),
            To = [.. message.To.Mailboxes.Select(Address)],
            Cc = [.. message.Cc.Mailboxes.Select(Address)],
            Subject = message.Subject?.Trim() ?? "",
            SentAt = message.Headers.Contains(HeaderId.Date) ? message.Date.UtcDateTime : null,
            FullText = text,
            ReplyText = QuotedHistory.Strip(text),
            TextFromHtml = fromHtml,
            Attachments = attachments,
            WorkFolder = workFolder,
        };
    }

    /// <summary>
    /// Deletes work folders last written before <paramref name="before"/>: the attachments of
    /// mails whose handling a crash or a kill cut short. Folders in use are newer than that.
    /// </summary>
    public int DeleteLeftovers(DateTime before)
    {
        if (!Directory.Exists(workRoot))
        {
            return 0;
        }

        var stale = new DirectoryInfo(workRoot).EnumerateDirectories()
            .Where(d => d.LastWriteTimeUtc < before)
            .ToList();
        stale.ForEach(d => d.Delete(recursive: true));

        return stale.Count;
    }

    private void CheckSize(long length)
    {
        if (length == 0)
        {
            throw new MalformedMailException("The file is empty.");
        }

        if (length > maxBytes)
        {
            throw new MalformedMailException(string.Create(CultureInfo.InvariantCulture,
                $"The mail is {length} bytes, over the limit of {maxBytes} (Mail:Inbound:MaxMessageBytes)."));
        }
    }

    private static async Task<MimeMessage> LoadAsync(Stream stream, CancellationToken cancellationToken)
    {
        var options = new ParserOptions { CharsetEncoding = Chinese };
        try
        {
            return await MimeMessage.LoadAsync(options, stream, persistent: true, cancellationToken);
        }
        catch (FormatException ex)
        {
            throw new MalformedMailException($"The file is not a mail MimeKit can read: {ex.Message}", ex);
        }
    }

    private static async Task<string> DigestAsync(Stream stream, CancellationToken cancellationToken)
    {
        stream.Position = 0;
        var hash = await SHA256.HashDataAsync(stream, cancellationToken);

        return "sha256:" + Convert.ToHexStringLower(hash);
    }

    private static InboundAddress Address(MailboxAddress mailbox) =>
        new(mailbox.Address.Trim(), Blank(mailbox.Name));

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static void DeleteFolder(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
