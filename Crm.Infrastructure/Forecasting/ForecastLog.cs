using Crm.Domain.Forecasting;
using Microsoft.Extensions.Logging;

namespace Crm.Infrastructure.Forecasting;

// Event ids 2900-2949.
internal static partial class ForecastLog
{
    [LoggerMessage(EventId = 2900, Level = LogLevel.Information,
        Message = "Forecast of {SubjectKind} {SubjectId} for {PeriodKey} adjusted by {Delta} (revision {Revision})")]
    public static partial void Adjusted(
        ILogger logger, ForecastSubjectKind subjectKind, Guid subjectId, string periodKey, long delta, int revision);

    [LoggerMessage(EventId = 2901, Level = LogLevel.Information,
        Message = "Forecast snapshot {SnapshotId} of {PeriodKey} taken ({Kind}, {Lines} opportunities)")]
    public static partial void SnapshotTaken(
        ILogger logger, Guid snapshotId, string periodKey, SnapshotKind kind, int lines);

    [LoggerMessage(EventId = 2902, Level = LogLevel.Debug,
        Message = "Weekly forecast snapshot of {PeriodKey} for {WeekKey} already taken")]
    public static partial void WeeklySnapshotExists(ILogger logger, string periodKey, string weekKey);

    [LoggerMessage(EventId = 2903, Level = LogLevel.Warning,
        Message = "Forecast adjustment of {SubjectKind} {SubjectId} for {PeriodKey} lost a race with another save")]
    public static partial void AdjustmentConflict(
        ILogger logger, ForecastSubjectKind subjectKind, Guid subjectId, string periodKey);

    [LoggerMessage(EventId = 2910, Level = LogLevel.Information,
        Message = "Weekly forecast snapshots checked: {Taken} taken")]
    public static partial void WeeklyRunFinished(ILogger logger, int taken);

    [LoggerMessage(EventId = 2911, Level = LogLevel.Error, Message = "Weekly forecast snapshot run failed")]
    public static partial void WeeklyRunFailed(ILogger logger, Exception exception);
}
