namespace Crm.Infrastructure.Persistence;

/// <summary>Bound from the <c>Database</c> section of appsettings.json.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Apply pending migrations at start; operators who migrate by script turn this off.</summary>
    public bool MigrateOnStart { get; set; } = true;
}
