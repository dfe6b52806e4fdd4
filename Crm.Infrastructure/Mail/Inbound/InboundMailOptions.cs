using MailKit.Security;

namespace Crm.Infrastructure.Mail.Inbound;

/// <summary>
/// Bound from <c>Mail:Inbound</c> of appsettings.json and checked at start
/// (<see cref="InboundMailOptionsValidator"/>). Mail is read from <see cref="PickupFolder"/>
/// unless <see cref="Imap"/> names a host.
/// </summary>
public sealed class InboundMailOptions
{
    public const string Section = "Mail:Inbound";

    /// <summary>False stops the poller on this server (run it on one server of several).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// The folder .eml files are dropped into, relative to the working directory; created when
    /// missing, with <c>processed/</c> and <c>rejected/</c> inside it.
    /// </summary>
    public string PickupFolder { get; set; } = "data/mail/inbound";

    /// <summary>Seconds between two looks for new mail.</summary>
    public int PollSeconds { get; set; } = 30;

    /// <summary>How many times the handler may fail on one mail before it is rejected.</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>Mails larger than this (raw, with attachments) are rejected unread. 50 MB by default.</summary>
    public long MaxMessageBytes { get; set; } = 50L * 1024 * 1024;

    /// <summary>How many mails one round reads at most; the rest wait for the next round.</summary>
    public int BatchSize { get; set; } = 50;

    public ImapOptions Imap { get; set; } = new();

    public bool UsesImap => !string.IsNullOrWhiteSpace(Imap.Host);

    public TimeSpan PollInterval => TimeSpan.FromSeconds(PollSeconds);
}

/// <summary>The mailbox read when <see cref="Host"/> is set, section <c>Mail:Inbound:Imap</c>.</summary>
public sealed class ImapOptions
{
    public string Host { get; set; } = "";

    public int Port { get; set; } = 993;

    /// <summary>
    /// <c>SslOnConnect</c> (port 993), <c>StartTls</c> (port 143), <c>Auto</c> (TLS on 993,
    /// STARTTLS when offered elsewhere) or <c>None</c> (only for a server on this machine).
    /// </summary>
    public SecureSocketOptions Tls { get; set; } = SecureSocketOptions.Auto;

    public string User { get; set; } = "";

    public string Password { get; set; } = "";

    /// <summary>The folder whose unseen mails are read.</summary>
    public string Folder { get; set; } = "INBOX";

    /// <summary>Where handled mails are moved; when empty they stay and are marked seen.</summary>
    public string ProcessedFolder { get; set; } = "";

    /// <summary>Where rejected mails are moved; when empty they stay, flagged and marked seen.</summary>
    public string RejectedFolder { get; set; } = "";
}
