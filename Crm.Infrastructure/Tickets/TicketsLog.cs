using Microsoft.Extensions.Logging;

namespace Crm.Infrastructure.Tickets;

// Event ids 3000-3099 belong to tickets.
internal static partial class TicketsLog
{
    [LoggerMessage(EventId = 3000, Level = LogLevel.Information,
        Message = "Ticket {TicketId} #{Number} arrived by {Channel} in queue {QueueId}, routed by rule {RuleId}: "
            + "assignee {AssigneeId}")]
    public static partial void Arrived(
        ILogger logger, Guid ticketId, int number, string channel, Guid queueId, Guid? ruleId, Guid? assigneeId);

    [LoggerMessage(EventId = 3001, Level = LogLevel.Debug, Message = "Ticket {TicketId} changed: {Change}")]
    public static partial void Changed(ILogger logger, Guid ticketId, string change);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Information,
        Message = "Ticket {TicketId} assigned from {PreviousAssigneeId} to {AssigneeId} by {UserId}")]
    public static partial void Assigned(
        ILogger logger, Guid ticketId, Guid? previousAssigneeId, Guid? assigneeId, Guid userId);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Warning,
        Message = "Ticket {TicketId} waits in queue {QueueId} and its team {TeamId} has no manager to tell")]
    public static partial void QueuedWithoutLead(ILogger logger, Guid ticketId, Guid queueId, Guid teamId);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Information,
        Message = "Queue {QueueId} saved by {UserId}: team {TeamId}, active {IsActive}")]
    public static partial void QueueSaved(ILogger logger, Guid queueId, Guid userId, Guid teamId, bool isActive);

    [LoggerMessage(EventId = 3005, Level = LogLevel.Warning,
        Message = "User {UserId} tried to change ticket {TicketId} they may only read")]
    public static partial void ReadOnlyRefused(ILogger logger, Guid userId, Guid ticketId);
}
