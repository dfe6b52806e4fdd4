using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Crm.Infrastructure.Persistence.Providers;

// Used by `dotnet ef migrations add`; no database is contacted to add a migration.
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteCrmDbContext>
{
    public SqliteCrmDbContext CreateDbContext(string[] args) =>
        new(Options<SqliteCrmDbContext>(DatabaseProvider.Sqlite, "Data Source=design.db"));

    internal static DbContextOptions<T> Options<T>(DatabaseProvider provider, string connectionString)
        where T : DbContext =>
        (DbContextOptions<T>)new DbContextOptionsBuilder<T>().Use(provider, connectionString).Options;
}

internal sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerCrmDbContext>
{
    public SqlServerCrmDbContext CreateDbContext(string[] args) =>
        new(SqliteDesignTimeFactory.Options<SqlServerCrmDbContext>(
            DatabaseProvider.SqlServer, "Server=localhost;Database=Crm;Trusted_Connection=True"));
}

internal sealed class PostgreSqlDesignTimeFactory : IDesignTimeDbContextFactory<PostgreSqlCrmDbContext>
{
    public PostgreSqlCrmDbContext CreateDbContext(string[] args) =>
        new(SqliteDesignTimeFactory.Options<PostgreSqlCrmDbContext>(
            DatabaseProvider.PostgreSql, "Host=localhost;Database=crm;Username=crm"));
}
