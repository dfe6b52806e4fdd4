using Crm.Domain.Tickets;

namespace Crm.Infrastructure.Mail.Inbound;

/// <summary>A mailbox of a received mail: the address and, when the sender gave one, a display name.</summary>
public sealed record InboundAddress(string Address, string? Name = null);

/// <summary>
/// A received mail, parsed. Headers and text are in memory; attachments are files in a work
/// folder of their own, removed when the mail is disposed (the poller disposes it after the
/// handler returns, so a handler that keeps an attachment copies it to storage first).
/// </summary>
public sealed class InboundMail : IAsyncDisposable
{
    /// <summary>
    /// The key that stops one mail being handed on twice: the Message-Id, or for a mail
    /// without one a digest of its raw content (<c>sha256:…</c>).
    /// </summary>
    public required string Key { get; init; }

    /// <summary>The Message-Id header without angle brackets; null when the mail has none.</summary>
    public string? MessageId { get; init; }

    /// <summary>The In-Reply-To header without angle brackets; null when the mail has none.</summary>
    public string? InReplyTo { get; init; }

    /// <summary>The References header's ids without angle brackets, oldest first.</summary>
    public IReadOnlyList<string> References { get; init; } = [];

    /// <summary>The first From mailbox (Reply-To is not consulted: a reply goes to the sender).</summary>
    public required InboundAddress From { get; init; }

    public IReadOnlyList<InboundAddress> To { get; init; } = [];

    public IReadOnlyList<InboundAddress> Cc { get; init; } = [];

    /// <summary>The decoded subject; empty when the mail has none.</summary>
    public string Subject { get; init; } = "";

    /// <summary>The Date header in UTC; null when missing or unreadable.</summary>
    public DateTime? SentAt { get; init; }

    /// <summary>The number of the <c>[#10234]</c> tag in the subject; null when there is none.</summary>
    public int? TicketNumber => TicketNumbers.FindInSubject(Subject);

    /// <summary>
    /// The text of the mail: its text/plain body, or its HTML body made readable when it has
    /// no text one; empty when it has neither.
    /// </summary>
    public string FullText { get; init; } = "";

    /// <summary>
    /// <see cref="FullText"/> without the quoted history a mail client marked ("On … wrote:",
    /// "-----Original Message-----", "在 … 写道："); the whole text when there is no marker.
    /// </summary>
    public string ReplyText { get; init; } = "";

    /// <summary>Whether <see cref="FullText"/> was made from an HTML body.</summary>
    public bool TextFromHtml { get; init; }

    public IReadOnlyList<InboundAttachment> Attachments { get; init; } = [];

    /// <summary>The folder holding the decoded attachments, deleted on dispose.</summary>
    internal string? WorkFolder { get; init; }

    public ValueTask DisposeAsync()
    {
        if (WorkFolder is not null && Directory.Exists(WorkFolder))
        {
            Directory.Delete(WorkFolder, recursive: true);
        }

        return ValueTask.CompletedTask;
    }
}

/// <summary>One attachment (or inline image) of a received mail, decoded into a file.</summary>
public sealed class InboundAttachment(string fileName, string contentType, long size, string path, bool inline = false)
{
    /// <summary>The file name the sender gave, without any folder part; "attachment" when none.</summary>
    public string FileName { get; } = fileName;

    /// <summary>The declared MIME type, lower case (<c>image/png</c>); not checked against the content.</summary>
    public string ContentType { get; } = contentType;

    /// <summary>The decoded size in bytes.</summary>
    public long Size { get; } = size;

    /// <summary>Whether the part was marked inline (an image inside an HTML body).</summary>
    public bool IsInline { get; } = inline;

    /// <summary>Opens the decoded content for reading; the caller disposes the stream.</summary>
    public Stream OpenRead() =>
        new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.Asynchronous);
}
