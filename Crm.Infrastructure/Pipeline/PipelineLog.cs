using Crm.Domain.Pipeline;
using Microsoft.Extensions.Logging;

namespace Crm.Infrastructure.Pipeline;

// Event ids 2000-2039 belong to pipelines and opportunities (2000-2099 is the feature's range).
// Ids only: no names or amounts of customers in logs.
internal static partial class PipelineLog
{
    [LoggerMessage(EventId = 2000, Level = LogLevel.Debug,
        Message = "Opportunity {OpportunityId} created in stage {StageId} by {ActorId}")]
    public static partial void Created(ILogger logger, Guid opportunityId, Guid stageId, Guid actorId);

    [LoggerMessage(EventId = 2001, Level = LogLevel.Debug,
        Message = "Opportunity {OpportunityId} changed to version {Version}")]
    public static partial void Changed(ILogger logger, Guid opportunityId, int version);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Debug,
        Message = "Opportunity {OpportunityId} moved to stage {StageId}; status {Status}")]
    public static partial void Moved(ILogger logger, Guid opportunityId, Guid stageId, OpportunityStatus status);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Information,
        Message = "Opportunity {OpportunityId} deleted by {ActorId}")]
    public static partial void Deleted(ILogger logger, Guid opportunityId, Guid actorId);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Information,
        Message = "Opportunity {OpportunityId} restored by {ActorId}")]
    public static partial void Restored(ILogger logger, Guid opportunityId, Guid actorId);

    [LoggerMessage(EventId = 2010, Level = LogLevel.Information,
        Message = "Pipeline {PipelineId} created by {ActorId}")]
    public static partial void PipelineCreated(ILogger logger, Guid pipelineId, Guid actorId);

    [LoggerMessage(EventId = 2011, Level = LogLevel.Information,
        Message = "Pipeline {PipelineId} changed by {ActorId} ({Change})")]
    public static partial void PipelineChanged(ILogger logger, Guid pipelineId, Guid actorId, string change);

    [LoggerMessage(EventId = 2012, Level = LogLevel.Information,
        Message = "Retiring stage {StageId} refused: {OpenCount} open opportunities are in it")]
    public static partial void RetireRefused(ILogger logger, Guid stageId, int openCount);

    [LoggerMessage(EventId = 2013, Level = LogLevel.Warning,
        Message = "User {ActorId} was refused changing pipelines: not an admin")]
    public static partial void Refused(ILogger logger, Guid actorId);
}
