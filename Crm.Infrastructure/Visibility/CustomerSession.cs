using Crm.Infrastructure.Common;
using Crm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Visibility;

/// <summary>
/// One operation's context together with who acts and what they may do with customers.
/// Disposing it disposes the context.
/// </summary>
internal sealed record CustomerSession(CrmDbContext Db, Actor Actor, CustomerAccess Access) : IAsyncDisposable
{
    public static async Task<CustomerSession> OpenAsync(
        IDbContextFactory<CrmDbContext> contexts, ICurrentUser currentUser, ICustomerVisibility visibility,
        CancellationToken cancellationToken)
    {
        var actor = await currentUser.GetAsync(cancellationToken);
        var db = await contexts.CreateDbContextAsync(cancellationToken);
        try
        {
            return new CustomerSession(db, actor, await visibility.AccessForAsync(actor, db, cancellationToken));
        }
        catch
        {
            await db.DisposeAsync();
            throw;
        }
    }

    public ValueTask DisposeAsync() => Db.DisposeAsync();
}
