using Crm.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Infrastructure.Tests.Common;

/// <summary>
/// One migrated database per provider for a test class, created on first use: a SQLite file
/// and a PostgreSQL database on the assembly's server. Tests in a class run one after another;
/// each works on rows with fresh ids so they do not see each other's data.
/// </summary>
public sealed class MigratedDatabases(PostgresServer postgres) : IDisposable
{
    private readonly SqliteDatabase _sqlite = new();
    private readonly Dictionary<DatabaseProvider, Task<string>> _ready = [];
    private readonly Lock _lock = new();

    /// <summary>
    /// A host (a "process") on the class's database for <paramref name="provider"/>;
    /// <paramref name="configure"/> may add or replace registrations.
    /// </summary>
    public async Task<CrmTestHost> StartHostAsync(
        DatabaseProvider provider, Action<IServiceCollection>? configure = null) =>
        CrmTestHost.Create(provider, await ConnectionStringAsync(provider), configure);

    public Task<string> ConnectionStringAsync(DatabaseProvider provider)
    {
        lock (_lock)
        {
            if (!_ready.TryGetValue(provider, out var ready))
            {
                ready = PrepareAsync(provider);
                _ready[provider] = ready;
            }

            return ready;
        }
    }

    public void Dispose() => _sqlite.Dispose();

    private async Task<string> PrepareAsync(DatabaseProvider provider)
    {
        var connectionString = provider switch
        {
            DatabaseProvider.Sqlite => _sqlite.ConnectionString,
            DatabaseProvider.PostgreSql => await postgres.CreateDatabaseAsync(),
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "No test database for it."),
        };
        await using var host = CrmTestHost.Create(provider, connectionString);
        await host.MigrateAsync();

        return connectionString;
    }
}
