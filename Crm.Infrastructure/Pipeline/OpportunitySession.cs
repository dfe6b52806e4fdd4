using Crm.Infrastructure.Common;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Visibility;
using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Pipeline;

/// <summary>
/// One operation's context with who acts and which opportunities they may see and change.
/// Disposing it disposes the context.
/// </summary>
internal sealed record OpportunitySession(CrmDbContext Db, Actor Actor, OpportunityAccess Access) : IAsyncDisposable
{
    public static async Task<OpportunitySession> OpenAsync(
        IDbContextFactory<CrmDbContext> contexts, ICurrentUser currentUser, IOpportunityVisibility visibility,
        CancellationToken cancellationToken)
    {
        var actor = await currentUser.GetAsync(cancellationToken);
        var db = await contexts.CreateDbContextAsync(cancellationToken);
        try
        {
            return new OpportunitySession(db, actor, await visibility.AccessForAsync(actor, db, cancellationToken));
        }
        catch
        {
            await db.DisposeAsync();
            throw;
        }
    }

    public ValueTask DisposeAsync() => Db.DisposeAsync();
}
