using Crm.Infrastructure.Common;
using Crm.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Crm.Infrastructure.Tests.Common;

/// <summary>
/// The real infrastructure on a migrated temp-file SQLite database, with a controllable clock
/// and a signed-in user that tests switch. <see cref="TimelineTestData"/> seeds records.
/// </summary>
public sealed class TimelineTestHost : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

    private readonly string _folder;
    private readonly ServiceProvider _services;
    private readonly AsyncServiceScope _scope;

    private TimelineTestHost(
        string folder, ServiceProvider services, FakeTimeProvider clock, SwitchableCurrentUser user)
    {
        _folder = folder;
        _services = services;
        _scope = services.CreateAsyncScope();
        Clock = clock;
        CurrentUser = user;
    }

    public FakeTimeProvider Clock { get; }

    public SwitchableCurrentUser CurrentUser { get; }

    public DateTime Now => Clock.GetUtcNow().UtcDateTime;

    public IServiceProvider Services => _scope.ServiceProvider;

    /// <summary>Starts on a fresh database; <paramref name="configure"/> may replace registrations.</summary>
    public static async Task<TimelineTestHost> StartAsync(Action<IServiceCollection>? configure = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), "crm-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:Crm"] = $"Data Source={Path.Combine(folder, "crm.db")}",
            ["Seed:Demo"] = "false",
        }).Build();
        var clock = new FakeTimeProvider(Start);
        var user = new SwitchableCurrentUser();

        var collection = new ServiceCollection()
            .AddLogging()
            .AddSingleton<TimeProvider>(clock)
            .AddSingleton<ICurrentUser>(user)
            .AddCrmInfrastructure(configuration);
        configure?.Invoke(collection);
        var services = collection.BuildServiceProvider();
        var host = new TimelineTestHost(folder, services, clock, user);
        await services.GetRequiredService<DatabaseInitializer>().InitializeAsync(CancellationToken.None);

        return host;
    }

    public T Get<T>()
        where T : notnull => _scope.ServiceProvider.GetRequiredService<T>();

    public async ValueTask DisposeAsync()
    {
        await _scope.DisposeAsync();
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open only leaves a temp folder behind.
        }
    }
}

/// <summary>The signed-in actor, switched by tests with <see cref="SignIn"/>.</summary>
public sealed class SwitchableCurrentUser : ICurrentUser
{
    private Actor? _actor;

    public void SignIn(Actor actor) => _actor = actor;

    public Task<Actor> GetAsync(CancellationToken cancellationToken = default) =>
        _actor is null ? throw new NotSignedInException() : Task.FromResult(_actor);
}
