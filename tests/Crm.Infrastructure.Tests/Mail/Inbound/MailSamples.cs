using System.Text;
using MimeKit;

namespace Crm.Infrastructure.Tests.Mail.Inbound;

/// <summary>Received mails as files: composed with MimeKit, or byte for byte where encoding matters.</summary>
internal sealed class MailSamples : IDisposable
{
    static MailSamples() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public MailSamples()
    {
        Directory.CreateDirectory(Folder);
    }

    public static Encoding Gbk => Encoding.GetEncoding("gb18030");

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "crm-inbound-tests", Guid.NewGuid().ToString("N"));

    public string WorkFolder => Path.Combine(Folder, "work");

    /// <summary>A customer's mail with the given subject and plain text, and a Message-Id of its own.</summary>
    public static MimeMessage Plain(string subject, string text, string? messageId = null)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress("王芳", "wang.fang@customer.test"));
        message.To.Add(new MailboxAddress("Support", "support@crm.test"));
        message.Subject = subject;
        message.MessageId = messageId ?? MimeKit.Utils.MimeUtils.GenerateMessageId("customer.test");
        message.Date = new DateTimeOffset(2026, 3, 2, 17, 30, 0, TimeSpan.FromHours(8));
        message.Body = new TextPart("plain") { Text = text };

        return message;
    }

    public string Write(MimeMessage message, string? name = null)
    {
        var path = Path.Combine(Folder, name ?? $"{Guid.NewGuid():N}.eml");
        message.WriteTo(path);

        return path;
    }

    /// <summary>Writes ASCII headers and the <paramref name="body"/> bytes exactly as given.</summary>
    public string WriteRaw(string headers, byte[] body, string? name = null)
    {
        var path = Path.Combine(Folder, name ?? $"{Guid.NewGuid():N}.eml");
        using var file = File.Create(path);
        var head = Encoding.ASCII.GetBytes(headers.ReplaceLineEndings("\r\n").TrimEnd() + "\r\n\r\n");
        file.Write(head);
        file.Write(body);

        return path;
    }

    public string WriteText(string content, string? name = null)
    {
        var path = Path.Combine(Folder, name ?? $"{Guid.NewGuid():N}.eml");
        File.WriteAllText(path, content);

        return path;
    }

    public static string Base64Word(string text, Encoding encoding, string charset) =>
        $"=?{charset}?B?{Convert.ToBase64String(encoding.GetBytes(text))}?=";

    public void Dispose()
    {
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}
