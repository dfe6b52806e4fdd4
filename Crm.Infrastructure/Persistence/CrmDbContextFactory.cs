using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Persistence;

/// <summary>Hands out the configured provider's context as the provider-neutral base type.</summary>
internal sealed class CrmDbContextFactory<TContext>(IDbContextFactory<TContext> inner) : IDbContextFactory<CrmDbContext>
    where TContext : CrmDbContext
{
    public CrmDbContext CreateDbContext() => inner.CreateDbContext();

    public async Task<CrmDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default) =>
        await inner.CreateDbContextAsync(cancellationToken);
}
