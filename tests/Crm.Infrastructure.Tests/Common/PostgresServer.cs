using Npgsql;

[assembly: AssemblyFixture(typeof(Crm.Infrastructure.Tests.Common.PostgresServer))]

namespace Crm.Infrastructure.Tests.Common;

/// <summary>
/// One throwaway PostgreSQL server for the whole test assembly, started on first use so that
/// tests which never ask for it do not pay for it. Each test asks for its own database.
/// </summary>
/// <remarks>
/// The server tools come from <c>CRM_PG_BIN</c>, else the newest <c>/usr/lib/postgresql/*/bin</c>.
/// Without them, a test calling <see cref="CreateDatabaseAsync"/> is skipped with the reason,
/// or fails when <c>CRM_REQUIRE_POSTGRES=1</c>. A server that is found but will not start
/// always fails the test, with the server log in the message.
/// </remarks>
public sealed class PostgresServer : IAsyncDisposable
{
    public const string RequireVariable = "CRM_REQUIRE_POSTGRES";

    private readonly Lazy<PostgresBinaries> _binaries = new(PostgresBinaries.Locate);
    private readonly Lazy<Task<PostgresCluster>> _cluster;
    private int _databaseCount;

    public PostgresServer()
    {
        _cluster = new(() => PostgresCluster.StartAsync(_binaries.Value));
    }

    /// <summary>
    /// Creates a new, empty database with a name not used before on this server and returns a
    /// connection string to it (user 'postgres', no password, 127.0.0.1).
    /// </summary>
    public async Task<string> CreateDatabaseAsync(CancellationToken cancellationToken = default)
    {
        var cluster = await EnsureStartedAsync();
        var name = $"crm_test_{Interlocked.Increment(ref _databaseCount):D3}";

        await using (var connection = new NpgsqlConnection(ConnectionString(cluster, "postgres")))
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        return ConnectionString(cluster, name);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_cluster.IsValueCreated)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        var start = _cluster.Value;
        if (start.IsCompletedSuccessfully)
        {
            await start.Result.DisposeAsync();
        }
    }

    private Task<PostgresCluster> EnsureStartedAsync()
    {
        if (_binaries.Value.Problem is { } problem)
        {
            Prerequisite.Missing(RequireVariable, problem);
        }

        return _cluster.Value;
    }

    private static string ConnectionString(PostgresCluster cluster, string database) =>
        new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1",
            Port = cluster.Port,
            Username = "postgres",
            Database = database,
            IncludeErrorDetail = true,
        }.ConnectionString;
}
