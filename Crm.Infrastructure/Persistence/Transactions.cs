using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Persistence;

internal static class Transactions
{
    /// <summary>
    /// Runs <paramref name="work"/> on a fresh context inside one transaction, through the
    /// provider's execution strategy (SQL Server retries refuse bare user transactions). A retry
    /// runs the work again on a new context. Events are published when the transaction commits.
    /// </summary>
    public static async Task<T> InTransactionAsync<T>(
        this IDbContextFactory<CrmDbContext> contexts, Func<CrmDbContext, Task<T>> work,
        CancellationToken cancellationToken)
    {
        await using var probe = await contexts.CreateDbContextAsync(cancellationToken);
        var strategy = probe.Database.CreateExecutionStrategy();

        return await strategy.ExecuteAsync(async () =>
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var result = await work(db);
            await transaction.CommitAsync(cancellationToken);

            return result;
        });
    }
}
