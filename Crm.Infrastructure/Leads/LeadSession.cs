using Crm.Infrastructure.Common;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Visibility;
using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Leads;

/// <summary>
/// One operation's context together with who acts and what they may do with leads.
/// Disposing it disposes the context.
/// </summary>
internal sealed record LeadSession(CrmDbContext Db, Actor Actor, LeadAccess Access) : IAsyncDisposable
{
    public static async Task<LeadSession> OpenAsync(
        IDbContextFactory<CrmDbContext> contexts, ICurrentUser currentUser, ILeadVisibility visibility,
        CancellationToken cancellationToken)
    {
        var actor = await currentUser.GetAsync(cancellationToken);
        var db = await contexts.CreateDbContextAsync(cancellationToken);
        try
        {
            return new LeadSession(db, actor, await visibility.AccessForAsync(actor, db, cancellationToken));
        }
        catch
        {
            await db.DisposeAsync();
            throw;
        }
    }

    public ValueTask DisposeAsync() => Db.DisposeAsync();
}
