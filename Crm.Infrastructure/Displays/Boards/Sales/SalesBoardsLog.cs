using Crm.Domain.Forecasting;
using Microsoft.Extensions.Logging;

namespace Crm.Infrastructure.Displays.Boards.Sales;

// Event ids 4300-4349 belong to the sales boards of wall displays. Ids and counts only.
internal static partial class SalesBoardsLog
{
    [LoggerMessage(EventId = 4300, Level = LogLevel.Information,
        Message = "Sales board of team {TeamId}, pipeline {PipelineId}, {Period} held by its first screen")]
    public static partial void Opened(ILogger logger, Guid? teamId, Guid? pipelineId, PeriodKind period);

    [LoggerMessage(EventId = 4301, Level = LogLevel.Information,
        Message = "Sales board of team {TeamId}, pipeline {PipelineId}, {Period} dropped: no screen holds it")]
    public static partial void Dropped(ILogger logger, Guid? teamId, Guid? pipelineId, PeriodKind period);

    [LoggerMessage(EventId = 4302, Level = LogLevel.Debug,
        Message = "Sales board of team {TeamId}, pipeline {PipelineId}, {Period} built from fact table "
            + "{Sequence} in {ElapsedMs} ms")]
    public static partial void Built(
        ILogger logger, Guid? teamId, Guid? pipelineId, PeriodKind period, long sequence, long elapsedMs);

    [LoggerMessage(EventId = 4303, Level = LogLevel.Debug,
        Message = "Sales boards: {EventType} of {OpportunityId} version {Version} ignored, the board holds "
            + "version {HeldVersion}")]
    public static partial void Stale(
        ILogger logger, string eventType, Guid opportunityId, int version, int heldVersion);

    [LoggerMessage(EventId = 4304, Level = LogLevel.Debug,
        Message = "Sales board of team {TeamId}, pipeline {PipelineId}: waiting for the fact table to "
            + "take {Count} opportunity changes")]
    public static partial void Waiting(ILogger logger, Guid? teamId, Guid? pipelineId, int count);

    [LoggerMessage(EventId = 4305, Level = LogLevel.Warning,
        Message = "Sales board of team {TeamId}, pipeline {PipelineId}: the fact table did not take "
            + "{Count} opportunity changes in time; built without waiting longer")]
    public static partial void GaveUpWaiting(ILogger logger, Guid? teamId, Guid? pipelineId, int count);

    [LoggerMessage(EventId = 4306, Level = LogLevel.Error,
        Message = "Sales board of team {TeamId}, pipeline {PipelineId}, {Period}: rebuilding failed; "
            + "the screens keep the previous board until the next change")]
    public static partial void RebuildFailed(
        ILogger logger, Exception exception, Guid? teamId, Guid? pipelineId, PeriodKind period);

    [LoggerMessage(EventId = 4307, Level = LogLevel.Error,
        Message = "Sales board of team {TeamId}, pipeline {PipelineId}: a screen failed to take a newer "
            + "board")]
    public static partial void WatcherFailed(
        ILogger logger, Exception exception, Guid? teamId, Guid? pipelineId);

    [LoggerMessage(EventId = 4308, Level = LogLevel.Information,
        Message = "Sales boards: the organisation's day changed; rebuilding {BoardCount} boards")]
    public static partial void NewDay(ILogger logger, int boardCount);
}
