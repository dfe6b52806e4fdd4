using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Persistence.Providers;

namespace Crm.Infrastructure.Tests.Persistence;

/// <summary>The provider contexts the migration tools build; none of them contacts a server.</summary>
internal static class DesignTimeContexts
{
    public static CrmDbContext Create(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Sqlite => new SqliteDesignTimeFactory().CreateDbContext([]),
        DatabaseProvider.SqlServer => new SqlServerDesignTimeFactory().CreateDbContext([]),
        DatabaseProvider.PostgreSql => new PostgreSqlDesignTimeFactory().CreateDbContext([]),
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown provider."),
    };
}
