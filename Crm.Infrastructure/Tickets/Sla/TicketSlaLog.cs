using Microsoft.Extensions.Logging;

namespace Crm.Infrastructure.Tickets.Sla;

// Event ids 3400-3499 belong to SLA on tickets.
internal static partial class TicketSlaLog
{
    [LoggerMessage(EventId = 3400, Level = LogLevel.Debug,
        Message = "Ticket {TicketId} SLA: first response {FirstResponse}, resolution {Resolution}, "
            + "next change {NextChangeAt}")]
    public static partial void Evaluated(
        ILogger logger, Guid ticketId, string? firstResponse, string? resolution, DateTime? nextChangeAt);

    [LoggerMessage(EventId = 3401, Level = LogLevel.Information, Message = "SLA deadline watcher started")]
    public static partial void WatcherStarted(ILogger logger);

    [LoggerMessage(EventId = 3402, Level = LogLevel.Error,
        Message = "SLA deadline watcher round failed; it tries again shortly")]
    public static partial void RoundFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 3403, Level = LogLevel.Warning,
        Message = "{Count} tickets due for an SLA change were left unchanged; looking again shortly")]
    public static partial void DueUnchanged(ILogger logger, int count);

    [LoggerMessage(EventId = 3404, Level = LogLevel.Information,
        Message = "SLA clocks of open tickets re-evaluated: {Changed} changed")]
    public static partial void Swept(ILogger logger, int changed);

    [LoggerMessage(EventId = 3405, Level = LogLevel.Information,
        Message = "SLA watcher batch of {Count} tickets met an edit saved meanwhile; it is retried")]
    public static partial void BatchConflicted(ILogger logger, int count);

    [LoggerMessage(EventId = 3406, Level = LogLevel.Information,
        Message = "Ticket {TicketId} escalated: {Clock} {Trigger}; told {LeadId}, priority {RaisedTo}, "
            + "queue {QueueId}")]
    public static partial void Escalated(
        ILogger logger, Guid ticketId, string clock, string trigger, Guid? leadId, string? raisedTo, Guid? queueId);

    [LoggerMessage(EventId = 3407, Level = LogLevel.Warning,
        Message = "Ticket {TicketId} was not moved by its escalation: queue {QueueId} is gone or inactive")]
    public static partial void EscalationQueueGone(ILogger logger, Guid ticketId, Guid queueId);

    [LoggerMessage(EventId = 3408, Level = LogLevel.Warning,
        Message = "Ticket {TicketId} escalated, but its team {TeamId} has no lead to tell")]
    public static partial void EscalationWithoutLead(ILogger logger, Guid ticketId, Guid teamId);

    [LoggerMessage(EventId = 3409, Level = LogLevel.Information,
        Message = "Escalation rule {RuleId} ({Priority}, {Trigger}) saved by {UserId}")]
    public static partial void EscalationRuleSaved(
        ILogger logger, Guid ruleId, string priority, string trigger, Guid userId);

    [LoggerMessage(EventId = 3410, Level = LogLevel.Warning,
        Message = "User {UserId} tried to change escalation rules without being an admin")]
    public static partial void EscalationRefused(ILogger logger, Guid userId);
}
