namespace Crm.Infrastructure.Mail;

/// <summary>
/// One mail to one person, with an HTML body and a plain-text alternative of the same content.
/// <paramref name="ToName"/> is the display name shown beside the address, when known.
/// </summary>
public sealed record MailMessage(string To, string Subject, string HtmlBody, string TextBody, string? ToName = null);
