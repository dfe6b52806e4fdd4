using Crm.Domain.Assignment;
using Crm.Domain.Common;
using Microsoft.Extensions.Logging;

namespace Crm.Infrastructure.Assignment;

// Event ids 2200-2299 belong to assignment. Ids only: no names of people or customers.
internal static partial class AssignmentLog
{
    [LoggerMessage(EventId = 2200, Level = LogLevel.Information,
        Message = "New {Kind} {Outcome} by rule {RuleId}: owner {OwnerId}, queue {QueueTeamId} ({ReasonCode})")]
    public static partial void Decided(
        ILogger logger, RecordKind kind, AssignmentOutcome outcome, Guid? ruleId, Guid? ownerId, Guid? queueTeamId,
        string reasonCode);

    [LoggerMessage(EventId = 2201, Level = LogLevel.Warning,
        Message = "No open-record count is registered for {Kind}: every user counts as holding none")]
    public static partial void NoWorkload(ILogger logger, RecordKind kind);

    [LoggerMessage(EventId = 2202, Level = LogLevel.Warning,
        Message = "A new {Kind} matched no rule and no default queue is set: it stays unassigned")]
    public static partial void Unrouted(ILogger logger, RecordKind kind);

    [LoggerMessage(EventId = 2203, Level = LogLevel.Information,
        Message = "Rule {RuleId} assigned another record meanwhile; running the assignment again")]
    public static partial void CursorRaceLost(ILogger logger, Guid ruleId);

    [LoggerMessage(EventId = 2204, Level = LogLevel.Warning,
        Message = "User {ActorId} was refused assignment administration: not an active admin")]
    public static partial void Refused(ILogger logger, Guid actorId);

    [LoggerMessage(EventId = 2205, Level = LogLevel.Information,
        Message = "Assignment rule {RuleId} {Change} by {ActorId}")]
    public static partial void RuleChanged(ILogger logger, Guid ruleId, string change, Guid actorId);

    [LoggerMessage(EventId = 2206, Level = LogLevel.Information,
        Message = "Default assignment queue set to team {TeamId} by {ActorId}")]
    public static partial void DefaultQueueChanged(ILogger logger, Guid teamId, Guid actorId);
}
