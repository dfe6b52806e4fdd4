using Npgsql;

namespace Crm.Infrastructure.Tests.Common;

public sealed class PostgresServerTests(PostgresServer server)
{
    [Fact]
    public async Task CreateDatabaseAsync_ServerAvailable_ReturnsConnectablePostgres()
    {
        var connectionString = await server.CreateDatabaseAsync(TestContext.Current.CancellationToken);

        var version = await ScalarAsync<string>(connectionString, "select version()");

        Assert.StartsWith("PostgreSQL ", version);
    }

    [Fact]
    public async Task CreateDatabaseAsync_CalledTwice_ReturnsDistinctEmptyDatabases()
    {
        var first = await server.CreateDatabaseAsync(TestContext.Current.CancellationToken);
        var second = await server.CreateDatabaseAsync(TestContext.Current.CancellationToken);

        var firstName = await ScalarAsync<string>(first, "select current_database()");
        var secondName = await ScalarAsync<string>(second, "select current_database()");
        var tables = await ScalarAsync<long>(second,
            "select count(*) from information_schema.tables where table_schema = 'public'");

        Assert.NotEqual(firstName, secondName);
        Assert.Equal(0, tables);
    }

    private static async Task<T> ScalarAsync<T>(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);

        return (T)(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken))!;
    }
}
