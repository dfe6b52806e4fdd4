using Microsoft.Extensions.Logging;

namespace Crm.Infrastructure.Tickets.Satisfaction;

// Event ids 3750-3799 belong to satisfaction surveys. Ids and numbers only: never tokens, addresses or comments.
internal static partial class SatisfactionLog
{
    [LoggerMessage(EventId = 3750, Level = LogLevel.Information,
        Message = "Satisfaction survey {SurveyId} created for ticket {TicketId} (mail queued: {Queued})")]
    public static partial void Created(ILogger logger, Guid surveyId, Guid ticketId, bool queued);

    [LoggerMessage(EventId = 3751, Level = LogLevel.Information,
        Message = "Satisfaction survey {SurveyId} link issued for its mail")]
    public static partial void Issued(ILogger logger, Guid surveyId);

    [LoggerMessage(EventId = 3752, Level = LogLevel.Information,
        Message = "Ticket {Number} rated {Rating} through survey {SurveyId}")]
    public static partial void Rated(ILogger logger, int number, int rating, Guid surveyId);

    [LoggerMessage(EventId = 3753, Level = LogLevel.Information,
        Message = "Satisfaction survey answer refused: the link is {State}")]
    public static partial void Refused(ILogger logger, SurveyState state);

    [LoggerMessage(EventId = 3754, Level = LogLevel.Information,
        Message = "Satisfaction survey mail {MailId} for ticket {TicketId} dropped: the survey is no longer open")]
    public static partial void MailDropped(ILogger logger, Guid mailId, Guid ticketId);
}
