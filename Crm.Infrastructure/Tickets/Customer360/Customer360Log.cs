using Microsoft.Extensions.Logging;

namespace Crm.Infrastructure.Tickets.Customer360;

// Event ids 3800-3849 belong to the customer 360 view.
internal static partial class Customer360Log
{
    [LoggerMessage(EventId = 3800, Level = LogLevel.Debug,
        Message = "Customer summary of ticket {TicketId} read by {UserId} (account visible to them: {AccountVisible})")]
    public static partial void SummaryRead(ILogger logger, Guid ticketId, Guid userId, bool accountVisible);
}
