namespace Crm.Web.Leads.WebToLead;

// Event ids 2120-2139 belong to the public web-to-lead endpoint.
internal static partial class WebToLeadLog
{
    [LoggerMessage(EventId = 2120, Level = LogLevel.Warning,
        Message = "Web-to-lead post with the honeypot field filled in from origin {Origin}; nothing stored")]
    public static partial void HoneypotFilled(ILogger logger, string origin);

    [LoggerMessage(EventId = 2121, Level = LogLevel.Warning,
        Message = "Web-to-lead posts over the limit of {PermitLimit} per {WindowSeconds} s; answered 429")]
    public static partial void RateLimited(ILogger logger, int permitLimit, int windowSeconds);

    [LoggerMessage(EventId = 2122, Level = LogLevel.Information,
        Message = "Web-to-lead post refused: {Fields} invalid")]
    public static partial void Refused(ILogger logger, string fields);
}
