using Crm.Infrastructure.Common;

namespace Crm.Infrastructure.Tickets.Customer360;

/// <summary>
/// The customer 360 view from the service side. Whoever may see a ticket may read this summary
/// of its customer, read-only, even when their own visibility does not reach the account's
/// opportunities (support agents own no accounts and see no opportunities): the ticket is the
/// grant, and only for this summary. It widens nothing else: the records' own pages keep their
/// visibility, and <c>CanOpen</c> on each part says where the reader may go.
/// </summary>
public interface ITicketCustomerView
{
    /// <summary>How many open opportunities and latest activities the summary lists.</summary>
    public const int ShownOpportunities = 5;

    /// <inheritdoc cref="ShownOpportunities"/>
    public const int ShownActivities = 5;

    /// <summary>How many of the account's other open tickets the summary lists.</summary>
    public const int ShownTickets = 5;

    /// <summary>
    /// The summary of the customer of the ticket with that number. A ticket the signed-in user
    /// may not see is <see cref="NotFoundException"/>, like the ticket itself. Other open
    /// tickets are only those the user may see.
    /// </summary>
    Task<TicketCustomerSummary> ForTicketAsync(int ticketNumber, CancellationToken cancellationToken = default);

    /// <summary>
    /// The critical and breached open tickets of an account, counted over the tickets the user
    /// may see (none for roles that see no tickets). An account the user may not see is
    /// <see cref="NotFoundException"/>.
    /// </summary>
    Task<AccountTicketAlert> AlertForAccountAsync(Guid accountId, CancellationToken cancellationToken = default);
}
