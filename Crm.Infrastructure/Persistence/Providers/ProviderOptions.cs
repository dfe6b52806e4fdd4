using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Persistence.Providers;

/// <summary>How each provider is configured, shared by the app and the design-time tools.</summary>
internal static class ProviderOptions
{
    private const string MigrationsHistoryTable = "__EFMigrationsHistory";

    public static DbContextOptionsBuilder Use(
        this DbContextOptionsBuilder options, DatabaseProvider provider, string connectionString) => provider switch
    {
        DatabaseProvider.Sqlite => options
            .UseSqlite(WithDataFolder(connectionString), o => o.MigrationsHistoryTable(MigrationsHistoryTable))
            .AddInterceptors(SqlitePragmas.Instance),
        DatabaseProvider.SqlServer => options.UseSqlServer(
            connectionString, o => o.MigrationsHistoryTable(MigrationsHistoryTable).EnableRetryOnFailure()),
        DatabaseProvider.PostgreSql => options.UseNpgsql(
            connectionString, o => o.MigrationsHistoryTable(MigrationsHistoryTable)),
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown database provider."),
    };

    private static string WithDataFolder(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        var folder = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
        if (builder.Mode != SqliteOpenMode.Memory && folder is not null)
        {
            Directory.CreateDirectory(folder);
        }

        return builder.ToString();
    }
}
