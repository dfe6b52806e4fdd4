namespace Crm.Web.Tickets.PublicForm;

// Event ids 3550-3559 (tickets by mail's range): field names and numbers only, never what was typed.
internal static partial class TicketFormLog
{
    [LoggerMessage(EventId = 3550, Level = LogLevel.Information, Message = "Public ticket form: ticket {Number} opened")]
    public static partial void Opened(ILogger logger, int number);

    [LoggerMessage(EventId = 3551, Level = LogLevel.Information,
        Message = "Public ticket form post refused, fields: {Fields}")]
    public static partial void Refused(ILogger logger, string fields);

    [LoggerMessage(EventId = 3552, Level = LogLevel.Information,
        Message = "Public ticket form post with the honeypot filled, dropped (origin {Origin})")]
    public static partial void HoneypotFilled(ILogger logger, string origin);

    [LoggerMessage(EventId = 3553, Level = LogLevel.Warning,
        Message = "Public ticket form rate limit reached ({PermitLimit} per {WindowSeconds} s)")]
    public static partial void RateLimited(ILogger logger, int permitLimit, int windowSeconds);
}
