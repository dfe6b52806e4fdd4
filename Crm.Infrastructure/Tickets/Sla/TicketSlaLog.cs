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
}
