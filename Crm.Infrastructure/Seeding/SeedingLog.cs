using Microsoft.Extensions.Logging;

namespace Crm.Infrastructure.Seeding;

// Event ids 1300–1399 belong to seeding.
internal static partial class SeedingLog
{
    [LoggerMessage(EventId = 1300, Level = LogLevel.Information, Message = "Demo seed turned off (Seed:Demo)")]
    public static partial void DemoSeedOff(ILogger logger);

    [LoggerMessage(EventId = 1301, Level = LogLevel.Information,
        Message = "Demo seed skipped: the database already holds an organization, users or accounts")]
    public static partial void DemoSeedSkipped(ILogger logger);

    [LoggerMessage(EventId = 1302, Level = LogLevel.Information,
        Message = "Demo data seeded: {Users} users, {Accounts} accounts, {Contacts} contacts, "
            + "{Activities} activities, {Tasks} follow-up tasks, {Opportunities} opportunities in {ElapsedMs} ms")]
    public static partial void DemoSeeded(
        ILogger logger, int users, int accounts, int contacts, int activities, int tasks, int opportunities,
        long elapsedMs);

    [LoggerMessage(EventId = 1310, Level = LogLevel.Information,
        Message = "Scale data {Stage}: {Existing} of {Target} already exist, generating {Remaining}")]
    public static partial void ScaleStageStarting(
        ILogger logger, string stage, int existing, int target, int remaining);

    [LoggerMessage(EventId = 1311, Level = LogLevel.Information,
        Message = "Scale data {Stage}: wrote {Rows} rows in {ElapsedMs} ms ({RowsPerSecond} rows/s)")]
    public static partial void ScaleStageFinished(
        ILogger logger, string stage, long rows, long elapsedMs, long rowsPerSecond);

    [LoggerMessage(EventId = 1312, Level = LogLevel.Information,
        Message = "Scale data: no sales users found; created {Count} generated owners")]
    public static partial void ScaleOwnersCreated(ILogger logger, int count);

    [LoggerMessage(EventId = 1313, Level = LogLevel.Information,
        Message = "Scale data generated: {Rows} rows in {ElapsedMs} ms ({RowsPerSecond} rows/s)")]
    public static partial void ScaleFinished(ILogger logger, long rows, long elapsedMs, long rowsPerSecond);
}
