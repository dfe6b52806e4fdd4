using Crm.Domain.Tickets;
using Crm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Infrastructure.Tickets.Workspace;

/// <summary>Reads a team's open tickets as the system (the feeds apply visibility).</summary>
internal interface ITeamTicketReader
{
    Task<IReadOnlyList<TicketRow>> OpenTicketsAsync(Guid teamId, CancellationToken cancellationToken);

    /// <summary>The ticket as lists show it when it is open and in the team; null otherwise.</summary>
    Task<TicketRow?> OpenTicketAsync(Guid teamId, Guid ticketId, CancellationToken cancellationToken);
}

/// <summary>Opens a service scope per read, as the board reader does: nothing read is written back.</summary>
internal sealed class TeamTicketReader(IServiceScopeFactory scopes) : ITeamTicketReader
{
    public async Task<IReadOnlyList<TicketRow>> OpenTicketsAsync(Guid teamId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await using var db = await ContextAsync(scope, cancellationToken);

        return await TicketQueries.Rows(OpenOf(db, teamId), db).ToListAsync(cancellationToken);
    }

    public async Task<TicketRow?> OpenTicketAsync(Guid teamId, Guid ticketId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await using var db = await ContextAsync(scope, cancellationToken);

        return await TicketQueries.Rows(OpenOf(db, teamId).Where(t => t.Id == ticketId), db)
            .FirstOrDefaultAsync(cancellationToken);
    }

    private static Task<CrmDbContext> ContextAsync(AsyncServiceScope scope, CancellationToken cancellationToken) =>
        scope.ServiceProvider.GetRequiredService<IDbContextFactory<CrmDbContext>>()
            .CreateDbContextAsync(cancellationToken);

    private static IQueryable<Ticket> OpenOf(CrmDbContext db, Guid teamId)
    {
        var open = TicketStatusRules.OpenStatuses.ToList();

        return db.Tickets.AsNoTracking().Where(t => t.TeamId == teamId && open.Contains(t.Status));
    }
}
