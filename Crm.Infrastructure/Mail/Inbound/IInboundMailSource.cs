namespace Crm.Infrastructure.Mail.Inbound;

/// <summary>Where received mail comes from: the pickup folder, or an IMAP mailbox when configured.</summary>
internal interface IInboundMailSource
{
    /// <summary>Names the source in logs: a folder path or host and folder, never a password.</summary>
    string Description { get; }

    /// <summary>Opens the source for one polling round (connects and signs in, for IMAP).</summary>
    Task<IInboundMailSession> OpenAsync(CancellationToken cancellationToken);
}

/// <summary>
/// One round on a source. A mail listed stays where it is until it is completed or rejected,
/// so a crash in between only means it is read again next round.
/// </summary>
internal interface IInboundMailSession : IAsyncDisposable
{
    /// <summary>Mails waiting, oldest first, at most <paramref name="max"/>.</summary>
    Task<IReadOnlyList<PendingMail>> ListAsync(int max, CancellationToken cancellationToken);

    /// <summary>Parses the mail; throws <see cref="MalformedMailException"/> when it is not a usable mail.</summary>
    Task<InboundMail> ReadAsync(PendingMail mail, CancellationToken cancellationToken);

    /// <summary>Moves the mail out of the way of later rounds (processed/, seen or moved on IMAP).</summary>
    Task CompleteAsync(PendingMail mail, CancellationToken cancellationToken);

    /// <summary>Puts the mail aside where an operator finds it, with <paramref name="reason"/> beside it.</summary>
    Task RejectAsync(PendingMail mail, string reason, CancellationToken cancellationToken);
}

/// <summary>A mail waiting in a source: a file name in the pickup folder, a UID in an IMAP folder.</summary>
internal sealed record PendingMail(string Id);
