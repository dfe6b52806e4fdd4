namespace Crm.Infrastructure.Tests.Seeding;

/// <summary>One demo-seeded database shared by the tests that only read it.</summary>
public sealed class DemoSeedFixture : IAsyncLifetime
{
    internal SeedingDatabase Database { get; private set; } = null!;

    public async ValueTask InitializeAsync() => Database = await SeedingDatabase.OpenAsync(demo: true);

    public async ValueTask DisposeAsync() => await Database.DisposeAsync();
}
