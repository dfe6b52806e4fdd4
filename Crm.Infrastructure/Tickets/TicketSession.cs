using Crm.Infrastructure.Common;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Visibility;
using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Tickets;

/// <summary>
/// One operation's context together with who acts and what they may do with tickets.
/// Disposing it disposes the context.
/// </summary>
internal sealed record TicketSession(CrmDbContext Db, Actor Actor, TicketAccess Access) : IAsyncDisposable
{
    public static async Task<TicketSession> OpenAsync(
        IDbContextFactory<CrmDbContext> contexts, ICurrentUser currentUser, ITicketVisibility visibility,
        CancellationToken cancellationToken)
    {
        var actor = await currentUser.GetAsync(cancellationToken);
        var db = await contexts.CreateDbContextAsync(cancellationToken);
        try
        {
            return new TicketSession(db, actor, await visibility.AccessForAsync(actor, db, cancellationToken));
        }
        catch
        {
            await db.DisposeAsync();
            throw;
        }
    }

    public ValueTask DisposeAsync() => Db.DisposeAsync();
}
