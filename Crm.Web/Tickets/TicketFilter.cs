using Crm.Domain.Tickets;
using Crm.Infrastructure.Tickets;

namespace Crm.Web.Tickets;

/// <summary>
/// What the ticket list shows. Without a status it shows the open ones (what agents work);
/// <see cref="AllStatuses"/> shows resolved and closed tickets too.
/// </summary>
public sealed record TicketFilter(
    TicketListScope Scope = TicketListScope.All,
    Guid? QueueId = null,
    TicketStatus? Status = null,
    bool AllStatuses = false,
    TicketPriority? Priority = null,
    string? Search = null)
{
    public bool HasFilters =>
        QueueId is not null || Status is not null || AllStatuses || Priority is not null
        || !string.IsNullOrWhiteSpace(Search);

    public TicketQuery ToQuery(int page, int pageSize) => new()
    {
        Scope = Scope,
        QueueId = QueueId,
        Statuses = Status is { } status ? [status] : AllStatuses ? [] : [.. TicketStatusRules.OpenStatuses],
        Priority = Priority,
        Search = Search,
        Sort = TicketSort.PriorityFirst,
        Page = page,
        PageSize = pageSize,
    };
}
