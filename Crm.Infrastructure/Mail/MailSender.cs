using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Crm.Infrastructure.Mail;

internal sealed class MailSender(IOptions<MailOptions> options, ILogger<MailSender> logger) : IMailSender
{
    public async Task<string> SendAsync(MailMessage message, CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        using var mime = Compose(message, settings);
        var messageId = mime.MessageId ?? "";

        if (settings.UsesSmtp)
        {
            await SendOverSmtpAsync(mime, settings, cancellationToken);
            MailLog.Sent(logger, messageId, settings.SmtpHost);
        }
        else
        {
            var file = await WriteToPickupAsync(mime, settings, cancellationToken);
            MailLog.Written(logger, messageId, file);
        }

        return messageId;
    }

    internal static MimeMessage Compose(MailMessage message, MailOptions settings)
    {
        var mime = new MimeMessage();
        mime.From.Add(new MailboxAddress(settings.SenderName, settings.SenderAddress));
        mime.To.Add(new MailboxAddress(message.ToName ?? "", message.To));
        mime.Subject = message.Subject;
        mime.MessageId = MimeKit.Utils.MimeUtils.GenerateMessageId(DomainOf(settings.SenderAddress));
        if (!string.IsNullOrWhiteSpace(message.InReplyTo))
        {
            mime.InReplyTo = message.InReplyTo;
        }

        foreach (var reference in message.References.Where(r => !string.IsNullOrWhiteSpace(r)))
        {
            mime.References.Add(reference);
        }

        mime.Body = new BodyBuilder { HtmlBody = message.HtmlBody, TextBody = message.TextBody }.ToMessageBody();

        return mime;
    }

    private static async Task SendOverSmtpAsync(
        MimeMessage mime, MailOptions settings, CancellationToken cancellationToken)
    {
        using var client = new SmtpClient();
        // Auto: TLS from the start on port 465, STARTTLS whenever the server offers it elsewhere.
        await client.ConnectAsync(settings.SmtpHost, settings.SmtpPort, SecureSocketOptions.Auto, cancellationToken);
        if (!string.IsNullOrEmpty(settings.SmtpUser))
        {
            await client.AuthenticateAsync(settings.SmtpUser, settings.SmtpPassword, cancellationToken);
        }

        await client.SendAsync(mime, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }

    private static async Task<string> WriteToPickupAsync(
        MimeMessage mime, MailOptions settings, CancellationToken cancellationToken)
    {
        var folder = Path.GetFullPath(
            string.IsNullOrWhiteSpace(settings.PickupFolder) ? "data/mail" : settings.PickupFolder);
        Directory.CreateDirectory(folder);
        var name = $"{DateTime.UtcNow:yyyyMMdd-HHmmssfff}-{Guid.NewGuid():N}";
        var partial = Path.Combine(folder, name + ".tmp");
        var file = Path.Combine(folder, name + ".eml");

        // Written under another name first, so a reader of the folder never sees half a message.
        await mime.WriteToAsync(partial, cancellationToken);
        File.Move(partial, file);

        return Path.GetFileName(file);
    }

    private static string DomainOf(string address)
    {
        var at = address.LastIndexOf('@');

        return at >= 0 && at < address.Length - 1 ? address[(at + 1)..] : "localhost";
    }
}
