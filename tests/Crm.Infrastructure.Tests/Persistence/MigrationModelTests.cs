using Crm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Tests.Persistence;

/// <summary>A model change without a migration for every provider fails here, not in production.</summary>
public sealed class MigrationModelTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.SqlServer)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public void HasPendingModelChanges_CurrentModel_IsFalse(DatabaseProvider provider)
    {
        using var db = DesignTimeContexts.Create(provider);

        var pending = db.Database.HasPendingModelChanges();

        Assert.False(pending, $"The {provider} model differs from its migrations: run "
            + "Crm.Infrastructure/Persistence/Migrations/add-migration.sh <Name>.");
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.SqlServer)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public void GetMigrations_EachProvider_HasTheSameMigrationNames(DatabaseProvider provider)
    {
        using var db = DesignTimeContexts.Create(provider);
        using var sqlite = DesignTimeContexts.Create(DatabaseProvider.Sqlite);

        var names = db.Database.GetMigrations().Select(NameOf).ToList();

        Assert.NotEmpty(names);
        Assert.Equal(sqlite.Database.GetMigrations().Select(NameOf), names);
    }

    // Migration ids are "<timestamp>_<Name>"; the timestamps differ per provider, the names must not.
    private static string NameOf(string migrationId) => migrationId[(migrationId.IndexOf('_') + 1)..];
}
