using Microsoft.Extensions.Logging;

namespace Crm.Infrastructure.Admin;

// Event ids 4200-4219. Ids only: no names or addresses of people in logs.
internal static partial class AdminLog
{
    [LoggerMessage(EventId = 4200, Level = LogLevel.Warning,
        Message = "User {ActorId} was refused user administration: not an active admin")]
    public static partial void Refused(ILogger logger, Guid actorId);

    [LoggerMessage(EventId = 4201, Level = LogLevel.Information, Message = "User {UserId} invited by {ActorId}")]
    public static partial void Invited(ILogger logger, Guid userId, Guid actorId);

    [LoggerMessage(EventId = 4202, Level = LogLevel.Error, Message = "The invitation mail for user {UserId} failed")]
    public static partial void InvitationMailFailed(ILogger logger, Exception exception, Guid userId);

    [LoggerMessage(EventId = 4203, Level = LogLevel.Information, Message = "User {UserId} deactivated by {ActorId}")]
    public static partial void Deactivated(ILogger logger, Guid userId, Guid actorId);

    [LoggerMessage(EventId = 4204, Level = LogLevel.Information, Message = "User {UserId} reactivated by {ActorId}")]
    public static partial void Reactivated(ILogger logger, Guid userId, Guid actorId);

    [LoggerMessage(EventId = 4205, Level = LogLevel.Information,
        Message = "Handed over {Accounts} accounts and {Tasks} open tasks from {FromUserId} to {ToUserId}")]
    public static partial void HandedOver(ILogger logger, int accounts, int tasks, Guid fromUserId, Guid toUserId);

    [LoggerMessage(EventId = 4206, Level = LogLevel.Information,
        Message = "Password reset requested for user {UserId}; mail {MessageId}")]
    public static partial void ResetMailSent(ILogger logger, Guid userId, string messageId);

    [LoggerMessage(EventId = 4207, Level = LogLevel.Error,
        Message = "The password reset mail for user {UserId} failed")]
    public static partial void ResetMailFailed(ILogger logger, Exception exception, Guid userId);

    [LoggerMessage(EventId = 4208, Level = LogLevel.Information, Message = "User {UserId} set a password ({Reason})")]
    public static partial void PasswordSet(ILogger logger, Guid userId, string reason);
}
