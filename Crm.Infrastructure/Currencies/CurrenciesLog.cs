using Microsoft.Extensions.Logging;

namespace Crm.Infrastructure.Currencies;

// Event ids 2060-2079 belong to currencies (2000-2099 is the pipeline feature's range).
internal static partial class CurrenciesLog
{
    [LoggerMessage(EventId = 2060, Level = LogLevel.Information,
        Message = "Exchange rate {Currency} from {EffectiveDate} set by {ActorId}")]
    public static partial void RateSet(ILogger logger, string currency, DateOnly effectiveDate, Guid actorId);

    [LoggerMessage(EventId = 2061, Level = LogLevel.Information,
        Message = "Exchange rate {RateId} removed by {ActorId}")]
    public static partial void RateRemoved(ILogger logger, Guid rateId, Guid actorId);

    [LoggerMessage(EventId = 2062, Level = LogLevel.Warning,
        Message = "User {ActorId} was refused changing exchange rates: not an admin")]
    public static partial void Refused(ILogger logger, Guid actorId);
}
