using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Tests.Common;
using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Tests.Persistence;

/// <summary>Start-up migration on empty databases of the providers that run here.</summary>
public sealed class MigrationApplyTests(PostgresServer postgres) : IDisposable
{
    private readonly SqliteDatabase _sqlite = new();

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task InitializeAsync_EmptyDatabase_AppliesEveryMigration(DatabaseProvider provider)
    {
        await using var host = CrmTestHost.Create(provider, await EmptyDatabaseAsync(provider));

        await host.MigrateAsync();

        await using var db = await host.OpenAsync();
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync(Token));
        Assert.Equal(0, await db.Accounts.CountAsync(Token));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task InitializeAsync_SecondRun_ChangesNothing(DatabaseProvider provider)
    {
        await using var host = CrmTestHost.Create(provider, await EmptyDatabaseAsync(provider));
        await host.MigrateAsync();
        var schemaBefore = await SchemaAsync(host);

        await host.MigrateAsync();

        Assert.Equal(schemaBefore, await SchemaAsync(host));
    }

    public void Dispose() => _sqlite.Dispose();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private async Task<string> EmptyDatabaseAsync(DatabaseProvider provider) => provider == DatabaseProvider.Sqlite
        ? _sqlite.ConnectionString
        : await postgres.CreateDatabaseAsync(Token);

    // The applied migrations and the table names: what a second run would add to if it did anything.
    private static async Task<string> SchemaAsync(CrmTestHost host)
    {
        await using var db = await host.OpenAsync();
        var applied = await db.Database.GetAppliedMigrationsAsync(Token);
        var tables = await db.Database.SqlQueryRaw<string>(TablesSql(db)).ToListAsync(Token);

        return string.Join(",", applied) + " | " + string.Join(",", tables.Order(StringComparer.Ordinal));
    }

    private static string TablesSql(CrmDbContext db) => db.Database.IsSqlite()
        ? "SELECT name AS \"Value\" FROM sqlite_master WHERE type = 'table'"
        : "SELECT table_name AS \"Value\" FROM information_schema.tables WHERE table_schema = 'public'";
}
