namespace Crm.Infrastructure.Mail;

/// <summary>
/// One mail to one person, with an HTML body and a plain-text alternative of the same content.
/// <paramref name="ToName"/> is the display name shown beside the address, when known.
/// </summary>
public sealed record MailMessage(string To, string Subject, string HtmlBody, string TextBody, string? ToName = null)
{
    /// <summary>The Message-Id this mail answers (without angle brackets), so mail clients thread it.</summary>
    public string? InReplyTo { get; init; }

    /// <summary>The Message-Ids of the thread so far, oldest first (without angle brackets).</summary>
    public IReadOnlyList<string> References { get; init; } = [];
}
