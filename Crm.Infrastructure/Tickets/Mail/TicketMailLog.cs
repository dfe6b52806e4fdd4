using Microsoft.Extensions.Logging;

namespace Crm.Infrastructure.Tickets.Mail;

// Event ids 3500-3599 belong to tickets by mail. Ids and Message-Ids only: no addresses, names or text.
internal static partial class TicketMailLog
{
    [LoggerMessage(EventId = 3500, Level = LogLevel.Information,
        Message = "Customer message {MessageId} added to ticket {TicketId}")]
    public static partial void CustomerWrote(ILogger logger, Guid ticketId, Guid messageId);

    [LoggerMessage(EventId = 3501, Level = LogLevel.Information,
        Message = "Customer wrote to closed ticket {TicketId}: a follow-up ticket is opened")]
    public static partial void FollowUp(ILogger logger, Guid ticketId);

    [LoggerMessage(EventId = 3502, Level = LogLevel.Information,
        Message = "Inbound mail {MailKey} went to ticket {TicketId} (opened: {Opened}, seen before: {Duplicate})")]
    public static partial void MailHandled(ILogger logger, string mailKey, Guid ticketId, bool opened, bool duplicate);

    [LoggerMessage(EventId = 3503, Level = LogLevel.Information,
        Message = "Inbound mail {MailKey}: attachment refused and noted on the message ({Code})")]
    public static partial void AttachmentRefused(ILogger logger, string mailKey, string code);

    [LoggerMessage(EventId = 3504, Level = LogLevel.Information,
        Message = "Ticket mail {MailId} ({Kind}) for ticket {TicketId} sent as {MessageId}")]
    public static partial void Sent(ILogger logger, Guid mailId, string kind, Guid ticketId, string messageId);

    [LoggerMessage(EventId = 3505, Level = LogLevel.Warning,
        Message = "Ticket mail {MailId} for ticket {TicketId} failed, attempt {Attempt} of {MaxAttempts}; tried again later")]
    public static partial void SendFailed(
        ILogger logger, Guid mailId, Guid ticketId, int attempt, int maxAttempts, Exception exception);

    [LoggerMessage(EventId = 3506, Level = LogLevel.Error,
        Message = "Ticket mail {MailId} for ticket {TicketId} was not sent after {Attempts} attempts; it stays unsent with its last error")]
    public static partial void GaveUp(ILogger logger, Guid mailId, Guid ticketId, int attempts);

    [LoggerMessage(EventId = 3507, Level = LogLevel.Information,
        Message = "Public reply {MessageId} on ticket {TicketId} is not mailed: the ticket has no customer email")]
    public static partial void NobodyToMail(ILogger logger, Guid ticketId, Guid messageId);

    [LoggerMessage(EventId = 3508, Level = LogLevel.Error, Message = "Looking for ticket mail to send failed")]
    public static partial void LookFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 3509, Level = LogLevel.Information,
        Message = "Ticket mail is sent every {PollSeconds} s and after each commit that queues one")]
    public static partial void SenderStarted(ILogger logger, int pollSeconds);
}
