namespace Crm.Infrastructure.Mail;

/// <summary>
/// Sends mail the way the operator configured: over SMTP when <c>Mail:SmtpHost</c> is set,
/// otherwise as .eml files in <c>Mail:PickupFolder</c> (created when missing), so a fresh
/// install needs no mail server.
/// </summary>
public interface IMailSender
{
    /// <summary>
    /// Sends or writes the message and returns its Message-Id. Throws when the SMTP server
    /// refuses the message or cannot be reached; nothing is retried here.
    /// </summary>
    Task<string> SendAsync(MailMessage message, CancellationToken cancellationToken = default);
}
