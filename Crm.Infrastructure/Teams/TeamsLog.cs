using Microsoft.Extensions.Logging;

namespace Crm.Infrastructure.Teams;

// Event ids 2400–2419: the user directory behind live routing.
internal static partial class TeamsLog
{
    [LoggerMessage(EventId = 2400, Level = LogLevel.Information,
        Message = "User directory loaded: {Users} users, {Teams} teams in {ElapsedMs} ms")]
    public static partial void DirectoryLoaded(ILogger logger, int users, int teams, long elapsedMs);

    [LoggerMessage(EventId = 2401, Level = LogLevel.Error,
        Message = "Loading the user directory failed; trying again in {RetrySeconds} s")]
    public static partial void DirectoryLoadFailed(ILogger logger, Exception exception, double retrySeconds);
}
