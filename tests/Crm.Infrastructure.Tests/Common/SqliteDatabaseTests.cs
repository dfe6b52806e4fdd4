using Microsoft.Data.Sqlite;

namespace Crm.Infrastructure.Tests.Common;

public sealed class SqliteDatabaseTests
{
    [Fact]
    public async Task ConnectionString_FreshDatabase_StoresAndReadsRows()
    {
        using var database = new SqliteDatabase();
        await using var connection = new SqliteConnection(database.ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);

        await ExecuteAsync(connection, "create table probe (value integer); insert into probe values (42);");
        var value = await ExecuteAsync(connection, "select value from probe");

        Assert.Equal(42L, value);
    }

    [Fact]
    public async Task Dispose_AfterUse_DeletesTheFile()
    {
        var database = new SqliteDatabase();
        await using (var connection = new SqliteConnection(database.ConnectionString))
        {
            await connection.OpenAsync(TestContext.Current.CancellationToken);
            await ExecuteAsync(connection, "create table probe (value integer)");
        }
        Assert.True(File.Exists(database.FilePath));

        database.Dispose();

        Assert.False(File.Exists(database.FilePath));
    }

    private static async Task<object?> ExecuteAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;

        return await command.ExecuteScalarAsync(TestContext.Current.CancellationToken);
    }
}
