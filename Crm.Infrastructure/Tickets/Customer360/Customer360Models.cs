using Crm.Domain.Activities;
using Crm.Domain.Common;
using Crm.Domain.Customers;
using Crm.Domain.Tickets;

namespace Crm.Infrastructure.Tickets.Customer360;

/// <summary>
/// The customer of one ticket, as the agent working it sees them: the account with its tier and
/// owner, the requester, the account's open opportunities, its latest activities and its other
/// open tickets. <see cref="Account"/> is null for a ticket without an account; then the lists
/// are empty. Each <c>CanOpen</c> says whether the reader may open that record's own page.
/// </summary>
public sealed record TicketCustomerSummary(
    Guid TicketId,
    int TicketNumber,
    CustomerAccount? Account,
    CustomerContact? Contact,
    string? RequesterName,
    string? RequesterEmail,
    CustomerOpportunities Opportunities,
    IReadOnlyList<CustomerActivity> RecentActivities,
    CustomerTickets OtherOpenTickets);

/// <summary>The ticket's account; <see cref="CanOpen"/> when customer visibility covers it.</summary>
public sealed record CustomerAccount(Guid Id, string Name, AccountTier Tier, string OwnerName, bool CanOpen);

/// <summary>The requester as a contact of the account.</summary>
public sealed record CustomerContact(Guid Id, string Name, string? Title, string? Email, string? Phone, bool CanOpen);

/// <summary>
/// The account's open opportunities, soonest expected close first (at most
/// <see cref="ITicketCustomerView.ShownOpportunities"/>), how many are open in all, and their
/// total in the base currency (null when an amount has no rate for today).
/// </summary>
public sealed record CustomerOpportunities(
    IReadOnlyList<CustomerOpportunity> Items, int Count, Money? TotalInBase)
{
    public static readonly CustomerOpportunities None = new([], 0, null);
}

/// <summary>An open opportunity; <see cref="CanOpen"/> when opportunity visibility covers it.</summary>
public sealed record CustomerOpportunity(
    Guid Id, string Name, string StageName, Money Amount, DateOnly ExpectedCloseDate, bool CanOpen);

/// <summary>An activity of the account, newest first.</summary>
public sealed record CustomerActivity(
    Guid Id, ActivityKind Kind, string Subject, string LoggedByName, string? ContactName, DateTime OccurredAt);

/// <summary>The account's other open tickets the reader may see (newest first), and how many there are.</summary>
public sealed record CustomerTickets(IReadOnlyList<TicketRow> Items, int Count)
{
    public static readonly CustomerTickets None = new([], 0);
}

/// <summary>
/// What a sales rep should know about an account's tickets before opening the Tickets tab:
/// how many of the visible ones are open, how many of those are Critical, and how many have
/// breached an SLA target they still wait on (first response unanswered, or resolution).
/// </summary>
public sealed record AccountTicketAlert(int Open, int Critical, int Breached)
{
    public static readonly AccountTicketAlert None = new(0, 0, 0);

    public bool NeedsAttention => Critical > 0 || Breached > 0;
}
