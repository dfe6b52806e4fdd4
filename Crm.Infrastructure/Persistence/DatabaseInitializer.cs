using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Crm.Infrastructure.Persistence;

/// <summary>
/// Brings the database to the model at start: checks it can be reached, applies migrations
/// (unless turned off), and lets start-up steps such as the demo seed run afterwards.
/// </summary>
public sealed class DatabaseInitializer(
    IServiceScopeFactory scopes, IOptions<DatabaseOptions> options, ILogger<DatabaseInitializer> logger)
{
    /// <summary>Throws <see cref="DatabaseUnreachableException"/> when the server cannot be reached.</summary>
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var factory = scope.ServiceProvider.GetRequiredService<IDbContextFactory<CrmDbContext>>();
        await using var db = await factory.CreateDbContextAsync(cancellationToken);

        await EnsureReachableAsync(db, cancellationToken);
        if (options.Value.MigrateOnStart)
        {
            await db.Database.MigrateAsync(cancellationToken);
            PersistenceLog.Migrated(logger, options.Value.Provider.ToString());
        }

        foreach (var step in scope.ServiceProvider.GetServices<IStartupDataStep>())
        {
            await step.RunAsync(cancellationToken);
        }
    }

    private async Task EnsureReachableAsync(CrmDbContext db, CancellationToken cancellationToken)
    {
        var server = DatabaseDescription.ServerOf(db.Database.GetDbConnection());
        try
        {
            // Asking whether the database exists reaches the server without requiring the
            // database itself: a missing database is created by the migrations that follow.
            await db.GetService<IRelationalDatabaseCreator>().ExistsAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The innermost message says what went wrong ("Connection refused"); the outer ones
            // are wrappers such as "likely due to a transient failure".
            var reason = ex.GetBaseException().Message;
            PersistenceLog.Unreachable(logger, options.Value.Provider.ToString(), server, reason);
            throw new DatabaseUnreachableException(options.Value.Provider, server, ex);
        }
    }
}

/// <summary>Work that runs once the database is migrated, such as the demo seed.</summary>
public interface IStartupDataStep
{
    Task RunAsync(CancellationToken cancellationToken);
}

public sealed class DatabaseUnreachableException(DatabaseProvider provider, string server, Exception inner)
    : Exception($"The {provider} database at {server} cannot be reached.", inner);
