using Microsoft.Extensions.Logging;

namespace Crm.Infrastructure.Pipeline.Board;

// Event ids 2500-2599 belong to the live pipeline boards. Ids and counts only.
internal static partial class BoardLog
{
    [LoggerMessage(EventId = 2500, Level = LogLevel.Information,
        Message = "Board of pipeline {PipelineId} loaded: {CardCount} cards in {ElapsedMs} ms")]
    public static partial void Loaded(ILogger logger, Guid pipelineId, int cardCount, long elapsedMs);

    [LoggerMessage(EventId = 2501, Level = LogLevel.Debug,
        Message = "Board of pipeline {PipelineId}: event {EventType} of {OpportunityId} version {Version} "
            + "ignored, the board holds version {HeldVersion}")]
    public static partial void Stale(
        ILogger logger, Guid pipelineId, string eventType, Guid opportunityId, int version, int heldVersion);

    [LoggerMessage(EventId = 2502, Level = LogLevel.Debug,
        Message = "Board of pipeline {PipelineId}: opportunity {OpportunityId} now at version {Version}")]
    public static partial void CardApplied(ILogger logger, Guid pipelineId, Guid opportunityId, int version);

    [LoggerMessage(EventId = 2503, Level = LogLevel.Debug,
        Message = "Board of pipeline {PipelineId}: opportunity {OpportunityId} taken off")]
    public static partial void CardRemoved(ILogger logger, Guid pipelineId, Guid opportunityId);

    [LoggerMessage(EventId = 2504, Level = LogLevel.Information,
        Message = "Board of pipeline {PipelineId}: stages reloaded at pipeline version {Version}")]
    public static partial void ColumnsReloaded(ILogger logger, Guid pipelineId, int version);

    [LoggerMessage(EventId = 2505, Level = LogLevel.Debug,
        Message = "Board of pipeline {PipelineId}: rates reloaded; closed cards since {ClosedSince}")]
    public static partial void RatesReloaded(ILogger logger, Guid pipelineId, DateOnly closedSince);

    [LoggerMessage(EventId = 2506, Level = LogLevel.Error,
        Message = "Board of pipeline {PipelineId}: a subscriber failed to take a change")]
    public static partial void SubscriberFailed(ILogger logger, Exception exception, Guid pipelineId);

    [LoggerMessage(EventId = 2507, Level = LogLevel.Error,
        Message = "Board of pipeline {PipelineId}: applying {EventType} failed; the board stays at the "
            + "previous snapshot until the next change of that opportunity")]
    public static partial void ApplyFailed(ILogger logger, Exception exception, Guid pipelineId, string eventType);

    [LoggerMessage(EventId = 2508, Level = LogLevel.Error,
        Message = "Board of pipeline {PipelineId}: reading a user's scope again after a team change failed; "
            + "the board keeps the scope it had")]
    public static partial void RescopeFailed(ILogger logger, Exception exception, Guid pipelineId);

    [LoggerMessage(EventId = 2510, Level = LogLevel.Debug,
        Message = "Board preferences of {UserId} saved: {ColumnCount} list columns")]
    public static partial void PreferencesSaved(ILogger logger, Guid userId, int columnCount);
}
