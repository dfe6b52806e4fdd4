using Microsoft.Extensions.Logging;

namespace Crm.Infrastructure.Persistence;

internal static partial class PersistenceLog
{
    [LoggerMessage(EventId = 1000, Level = LogLevel.Information, Message = "Database migrated ({Provider})")]
    public static partial void Migrated(ILogger logger, string provider);

    [LoggerMessage(EventId = 1001, Level = LogLevel.Critical,
        Message = "Cannot reach the {Provider} database at {Server}: {Reason}")]
    public static partial void Unreachable(ILogger logger, string provider, string server, string reason);
}
