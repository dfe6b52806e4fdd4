using Crm.Domain.Targets;
using Microsoft.Extensions.Logging;

namespace Crm.Infrastructure.Targets;

// Event ids 2950–2999 and 4400–4499 belong to targets.
internal static partial class TargetsLog
{
    [LoggerMessage(EventId = 2950, Level = LogLevel.Information,
        Message = "Target {Measure} of {SubjectKind} {SubjectId} for {PeriodKey} set by {ActorId}")]
    public static partial void TargetSet(
        ILogger logger, TargetMeasure measure, TargetSubjectKind subjectKind, Guid subjectId, string periodKey,
        Guid actorId);

    [LoggerMessage(EventId = 2951, Level = LogLevel.Information,
        Message = "Target {Measure} of {SubjectKind} {SubjectId} for {PeriodKey} cleared by {ActorId}")]
    public static partial void TargetCleared(
        ILogger logger, TargetMeasure measure, TargetSubjectKind subjectKind, Guid subjectId, string periodKey,
        Guid actorId);

    [LoggerMessage(EventId = 2952, Level = LogLevel.Information,
        Message = "Targets of {FromPeriodKey} copied into {PeriodKey} by {ActorId}: {Copied} copied, "
            + "{Skipped} already set, {Unavailable} no longer applicable")]
    public static partial void TargetsCopied(
        ILogger logger, string fromPeriodKey, string periodKey, Guid actorId, int copied, int skipped,
        int unavailable);

    [LoggerMessage(EventId = 2953, Level = LogLevel.Warning,
        Message = "User {ActorId} was refused changing targets: not an admin")]
    public static partial void Refused(ILogger logger, Guid actorId);

    [LoggerMessage(EventId = 4400, Level = LogLevel.Warning,
        Message = "User {ActorId} was refused the attainment history of {SubjectKind} {SubjectId}: "
            + "outside their scope")]
    public static partial void HistoryRefused(
        ILogger logger, Guid actorId, TargetSubjectKind? subjectKind, Guid? subjectId);
}
