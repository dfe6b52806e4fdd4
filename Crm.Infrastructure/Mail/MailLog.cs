using Microsoft.Extensions.Logging;

namespace Crm.Infrastructure.Mail;

// Event ids 4100-4119. Never log addresses, names or bodies: the message id identifies a mail.
internal static partial class MailLog
{
    [LoggerMessage(EventId = 4100, Level = LogLevel.Information, Message = "Mail {MessageId} sent via {SmtpHost}")]
    public static partial void Sent(ILogger logger, string messageId, string smtpHost);

    [LoggerMessage(EventId = 4101, Level = LogLevel.Information,
        Message = "Mail {MessageId} written to the pickup folder as {FileName}")]
    public static partial void Written(ILogger logger, string messageId, string fileName);
}
