using Crm.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Crm.Infrastructure.Tests.Seeding;

/// <summary>
/// A real SQLite file in the temp folder with the infrastructure registered as the app does
/// and the database initialized (migrations, then the start-up steps such as the demo seed).
/// </summary>
internal sealed class SeedingDatabase : IAsyncDisposable
{
    /// <summary>Wednesday 2 December 2026, 11:00 in Shanghai.</summary>
    public static readonly DateTimeOffset Now = new(2026, 12, 2, 3, 0, 0, TimeSpan.Zero);

    private SeedingDatabase(string path, ServiceProvider services, ListLoggerProvider logs, FakeTimeProvider clock)
    {
        Path = path;
        Services = services;
        Logs = logs;
        Clock = clock;
    }

    public string Path { get; }

    public ServiceProvider Services { get; }

    public ListLoggerProvider Logs { get; }

    public FakeTimeProvider Clock { get; }

    public static string NewPath() =>
        System.IO.Path.Combine(System.IO.Path.GetTempPath(), "crm-seeding-tests", $"{Guid.NewGuid():N}.db");

    /// <summary>
    /// Opens (creating when missing) the database at <paramref name="path"/> and initializes it,
    /// with the clock at <paramref name="now"/> (default <see cref="Now"/>); <paramref name="configure"/>
    /// can change the services before they are built.
    /// </summary>
    public static async Task<SeedingDatabase> OpenAsync(
        bool demo, string? path = null, DateTimeOffset? now = null, Action<IServiceCollection>? configure = null)
    {
        path ??= NewPath();
        var logs = new ListLoggerProvider();
        var clock = new FakeTimeProvider(now ?? Now);
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:Provider"] = "Sqlite",
                ["ConnectionStrings:Crm"] = $"Data Source={path}",
                ["Seed:Demo"] = demo ? "true" : "false",
            })
            .Build();
        var services = new ServiceCollection()
            .AddLogging(b => b.AddProvider(logs).AddFilter("Microsoft", LogLevel.Warning))
            .AddSingleton<TimeProvider>(clock)
            .AddCrmInfrastructure(configuration);
        configure?.Invoke(services);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });

        await provider.GetRequiredService<DatabaseInitializer>().InitializeAsync(TestContext.Current.CancellationToken);

        return new SeedingDatabase(path, provider, logs, clock);
    }

    /// <summary>Runs <paramref name="query"/> on a context of its own.</summary>
    public async Task<T> QueryAsync<T>(Func<CrmDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        var factory = scope.ServiceProvider.GetRequiredService<IDbContextFactory<CrmDbContext>>();
        await using var db = await factory.CreateDbContextAsync(TestContext.Current.CancellationToken);

        return await query(db);
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(Path + suffix);
        }
    }

    /// <summary>Closes the services but keeps the file, to open it again with other settings.</summary>
    public async ValueTask CloseAsync()
    {
        await Services.DisposeAsync();
        SqliteConnection.ClearAllPools();
    }
}
