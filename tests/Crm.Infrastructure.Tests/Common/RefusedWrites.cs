using System.Data.Common;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Persistence.Providers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Infrastructure.Tests.Common;

/// <summary>
/// Makes the database refuse every insert into one table, as a full disk or a broken constraint
/// would, so a test can fail an operation in the middle of its save and see what is left.
/// </summary>
internal sealed class RefusedWrites(string table) : DbCommandInterceptor
{
    /// <summary>A host registration that refuses inserts into <paramref name="table"/>.</summary>
    public static Action<IServiceCollection> Into(DatabaseProvider provider, string table) => services =>
    {
        var interceptor = new RefusedWrites(table);
        _ = provider switch
        {
            DatabaseProvider.Sqlite =>
                services.ConfigureDbContext<SqliteCrmDbContext>(o => o.AddInterceptors(interceptor)),
            DatabaseProvider.PostgreSql =>
                services.ConfigureDbContext<PostgreSqlCrmDbContext>(o => o.AddInterceptors(interceptor)),
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "No test database for it."),
        };
    };

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result,
        CancellationToken cancellationToken = default)
    {
        Refuse(command);

        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Refuse(command);

        return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
    }

    private void Refuse(DbCommand command)
    {
        if (command.CommandText.Contains($"INSERT INTO \"{table}\"", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"The test database refuses writes to {table}.");
        }
    }
}
