using Crm.Domain.Tickets;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Persistence;

namespace Crm.Infrastructure.Visibility;

/// <summary>
/// The one rule for who sees which tickets (see <see cref="TicketAccess"/>). Every ticket query,
/// list, count and live update goes through it.
/// </summary>
public interface ITicketVisibility
{
    /// <summary>Resolves the actor's ticket scope and rights; a couple of small queries, none for admins.</summary>
    Task<TicketAccess> AccessForAsync(Actor actor, CrmDbContext db, CancellationToken cancellationToken);

    /// <summary>The tickets <paramref name="access"/> covers, as a query that runs in the database.</summary>
    IQueryable<Ticket> Tickets(CrmDbContext db, TicketAccess access);
}
