using Microsoft.Extensions.Logging;

namespace Crm.Infrastructure.Analytics;

// Event ids 3900-3949 belong to the analytics fact tables. Ids and counts only.
internal static partial class AnalyticsLog
{
    [LoggerMessage(EventId = 3900, Level = LogLevel.Information,
        Message = "Fact table {Table} loaded: {RowCount} rows in {ElapsedMs} ms")]
    public static partial void Loaded(ILogger logger, string table, int rowCount, long elapsedMs);

    [LoggerMessage(EventId = 3901, Level = LogLevel.Debug,
        Message = "Fact table {Table}: {EventType} of {RecordId} version {Version} ignored, "
            + "the table holds version {HeldVersion}")]
    public static partial void Stale(
        ILogger logger, string table, string eventType, Guid recordId, int version, int heldVersion);

    [LoggerMessage(EventId = 3902, Level = LogLevel.Debug,
        Message = "Fact table {Table}: sequence {Sequence} published with {RowCount} rows")]
    public static partial void Published(ILogger logger, string table, long sequence, int rowCount);

    [LoggerMessage(EventId = 3903, Level = LogLevel.Information,
        Message = "Fact table {Table}: the organisation's day is now {Today}; amounts converted again")]
    public static partial void DayChanged(ILogger logger, string table, DateOnly today);

    [LoggerMessage(EventId = 3904, Level = LogLevel.Warning,
        Message = "Fact table {Table}: read again whole, as more events arrived than its queue holds or a "
            + "batch failed")]
    public static partial void ReadWhole(ILogger logger, string table);

    [LoggerMessage(EventId = 3905, Level = LogLevel.Error,
        Message = "Fact table {Table}: applying a batch of {EventCount} events failed; the table is read "
            + "again whole at the next event")]
    public static partial void ApplyFailed(ILogger logger, Exception exception, string table, int eventCount);

    [LoggerMessage(EventId = 3906, Level = LogLevel.Error,
        Message = "Fact table {Table}: a subscriber failed to take a change")]
    public static partial void SubscriberFailed(ILogger logger, Exception exception, string table);

    [LoggerMessage(EventId = 3907, Level = LogLevel.Information,
        Message = "Fact table {Table}: exchange rates reloaded, {RateCount} rates")]
    public static partial void RatesReloaded(ILogger logger, string table, int rateCount);

    [LoggerMessage(EventId = 3908, Level = LogLevel.Information,
        Message = "Fact table {Table}: SLA policies or calendars changed; the table is read again whole")]
    public static partial void CalendarsChanged(ILogger logger, string table);
}
