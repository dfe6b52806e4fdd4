using Crm.Infrastructure.Common;

namespace Crm.Infrastructure.Tickets.Customer360;

/// <summary>
/// The ticket entries of a customer's timeline: each ticket's opening and each time it was
/// resolved, taken from the status history. Only tickets the signed-in user may see give
/// entries; an account or contact they may not see is <see cref="NotFoundException"/>.
/// Newest first (id breaks ties), keyset paged, page size clamped to 1..200.
/// </summary>
public interface ITicketTimeline
{
    Task<TicketTimelinePage> PageAsync(TicketTimelineQuery query, CancellationToken cancellationToken = default);
}

/// <summary>
/// The customer timeline as the account, contact and opportunity pages show it: the
/// activities and the ticket entries merged newest first. Each page takes one page of each
/// source from where that source stopped and advances each by what it contributed, so no
/// entry is lost or shown twice across pages, whatever the mix. Visibility and "not found"
/// are those of the two sources.
/// </summary>
public interface ICustomerTimeline
{
    Task<CustomerTimelinePage> PageAsync(CustomerTimelineQuery query, CancellationToken cancellationToken = default);
}
