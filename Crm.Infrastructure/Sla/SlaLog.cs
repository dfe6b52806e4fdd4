using Microsoft.Extensions.Logging;

namespace Crm.Infrastructure.Sla;

// Event ids 3100-3199 belong to the SLA feature.
internal static partial class SlaLog
{
    [LoggerMessage(EventId = 3100, Level = LogLevel.Information,
        Message = "SLA calendar {CalendarId} created by {ActorId}")]
    public static partial void CalendarCreated(ILogger logger, Guid calendarId, Guid actorId);

    [LoggerMessage(EventId = 3101, Level = LogLevel.Information,
        Message = "SLA calendar {CalendarId} changed by {ActorId}: {Change}")]
    public static partial void CalendarChanged(ILogger logger, Guid calendarId, Guid actorId, string change);

    [LoggerMessage(EventId = 3102, Level = LogLevel.Information,
        Message = "SLA policy {PolicyId} for {Priority}/{Tier} {Change} by {ActorId}")]
    public static partial void PolicyChanged(
        ILogger logger, Guid policyId, string priority, string tier, string change, Guid actorId);

    [LoggerMessage(EventId = 3103, Level = LogLevel.Warning,
        Message = "User {ActorId} was refused changing SLA settings: not an admin")]
    public static partial void Refused(ILogger logger, Guid actorId);

    [LoggerMessage(EventId = 3104, Level = LogLevel.Warning,
        Message = "No default SLA calendar: policy {PolicyId} names none and gets no deadlines")]
    public static partial void NoDefaultCalendar(ILogger logger, Guid policyId);
}
