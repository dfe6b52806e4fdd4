namespace Crm.Infrastructure.Tickets.Mail;

/// <summary>What an outgoing ticket mail says.</summary>
public enum TicketMailKind
{
    /// <summary>"We received your request": sent when a ticket is opened by mail or the web form.</summary>
    Acknowledgement = 1,

    /// <summary>An agent's public reply.</summary>
    Reply = 2,

    /// <summary>"Your ticket was resolved, how did we do?": the satisfaction survey's link.</summary>
    Satisfaction = 3,
}

/// <summary>
/// A mail to a customer about a ticket, waiting to be sent or sent: written in the transaction
/// of the change that calls for it (the ticket opened, the reply written), sent after the commit
/// by <see cref="TicketMailDelivery"/>, tried again after a failure. A row is never deleted by
/// sending, so a mail that could not go out is still there with its last error.
/// </summary>
internal sealed class OutgoingTicketMail
{
    public const int MaxErrorLength = 1000;

    private OutgoingTicketMail()
    {
        ToAddress = "";
        Language = "";
    }

    public OutgoingTicketMail(
        Guid ticketId, Guid? ticketMessageId, TicketMailKind kind, string toAddress, string? toName, string language,
        DateTime at)
        : this()
    {
        Id = Guid.CreateVersion7();
        TicketId = ticketId;
        TicketMessageId = ticketMessageId;
        Kind = kind;
        ToAddress = toAddress;
        ToName = toName;
        Language = language;
        QueuedAt = at;
        NextAttemptAt = at;
    }

    public Guid Id { get; private set; }

    public Guid TicketId { get; private set; }

    /// <summary>The reply this mail carries; null for an acknowledgement.</summary>
    public Guid? TicketMessageId { get; private set; }

    public TicketMailKind Kind { get; private set; }

    public string ToAddress { get; private set; }

    public string? ToName { get; private set; }

    /// <summary>The culture the mail is written in (zh-CN or en-US).</summary>
    public string Language { get; private set; }

    public DateTime QueuedAt { get; private set; }

    /// <summary>When the next try is due; null once sent or given up.</summary>
    public DateTime? NextAttemptAt { get; private set; }

    public int Attempts { get; private set; }

    public DateTime? SentAt { get; private set; }

    /// <summary>The Message-Id the sender gave the mail, remembered for threading.</summary>
    public string? SentMessageId { get; private set; }

    public string? LastError { get; private set; }

    public void Sent(string messageId, DateTime at)
    {
        Attempts++;
        SentAt = at;
        SentMessageId = messageId;
        NextAttemptAt = null;
        LastError = null;
    }

    /// <summary>Leaves the mail unsent for good, with the reason: what it was to say no longer applies.</summary>
    public void Dropped(string reason, DateTime at)
    {
        NextAttemptAt = null;
        LastError = $"{at:u} {reason}";
    }

    /// <summary>Counts a failed try; the next waits twice as long (1 minute up to 1 hour), or never past the limit.</summary>
    public void Failed(string error, DateTime at, int maxAttempts)
    {
        Attempts++;
        LastError = error.Length > MaxErrorLength ? error[..MaxErrorLength] : error;
        var wait = TimeSpan.FromMinutes(Math.Min(60, Math.Pow(2, Attempts - 1)));
        NextAttemptAt = Attempts >= maxAttempts ? null : at + wait;
    }
}
