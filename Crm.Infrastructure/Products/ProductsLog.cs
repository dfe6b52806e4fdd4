using Microsoft.Extensions.Logging;

namespace Crm.Infrastructure.Products;

// Event ids 2040-2059 belong to products (2000-2099 is the pipeline feature's range).
internal static partial class ProductsLog
{
    [LoggerMessage(EventId = 2040, Level = LogLevel.Information, Message = "Product {ProductId} created by {ActorId}")]
    public static partial void Created(ILogger logger, Guid productId, Guid actorId);

    [LoggerMessage(EventId = 2041, Level = LogLevel.Debug,
        Message = "Product {ProductId} changed by {ActorId}; active: {IsActive}")]
    public static partial void Changed(ILogger logger, Guid productId, Guid actorId, bool isActive);

    [LoggerMessage(EventId = 2042, Level = LogLevel.Warning,
        Message = "User {ActorId} was refused changing products: not an admin or sales manager")]
    public static partial void Refused(ILogger logger, Guid actorId);
}
