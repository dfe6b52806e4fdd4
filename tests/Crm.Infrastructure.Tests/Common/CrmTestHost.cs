using Crm.Domain.Common;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Live;
using Crm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace Crm.Infrastructure.Tests.Common;

/// <summary>
/// The infrastructure services registered exactly as the app registers them, on a real
/// database, with a fake clock, a switchable acting user and a recording live bus. One host
/// plays one process: two hosts on the same database are two servers.
/// </summary>
public sealed class CrmTestHost : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private readonly ServiceProvider _services;
    private readonly AsyncServiceScope _scope;
    private readonly string? _postgresConnection;

    private CrmTestHost(ServiceProvider services, FakeTimeProvider clock, TestActor actor, string? postgresConnection)
    {
        _services = services;
        _postgresConnection = postgresConnection;
        _scope = services.CreateAsyncScope();
        Clock = clock;
        Actor = actor;
    }

    public FakeTimeProvider Clock { get; }

    public TestActor Actor { get; }

    public RecordingLiveBus Bus => Get<RecordingLiveBus>();

    /// <summary>The clock's current moment as the UTC <see cref="DateTime"/> entities take.</summary>
    public DateTime Now => Clock.GetUtcNow().UtcDateTime;

    /// <summary>A host on the database; <paramref name="configure"/> may add or replace registrations.</summary>
    public static CrmTestHost Create(
        DatabaseProvider provider, string connectionString, Action<IServiceCollection>? configure = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:Provider"] = provider.ToString(),
                ["ConnectionStrings:Crm"] = connectionString,
                ["Seed:Demo"] = "false",
            })
            .Build();
        var clock = new FakeTimeProvider(Start);
        var actor = new TestActor();

        var postgres = provider == DatabaseProvider.PostgreSql ? connectionString : null;

        return new CrmTestHost(Register(configuration, clock, actor, configure), clock, actor, postgres);
    }

    public T Get<T>()
        where T : notnull => _scope.ServiceProvider.GetRequiredService<T>();

    /// <summary>The relay this host runs as a background service, for a test to drive by hand.</summary>
    internal OutboxRelay Relay => _scope.ServiceProvider.GetServices<IHostedService>().OfType<OutboxRelay>().Single();

    /// <summary>A new context for one operation, as services get it.</summary>
    public Task<CrmDbContext> OpenAsync() =>
        Get<IDbContextFactory<CrmDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);

    public Task MigrateAsync() => Get<DatabaseInitializer>().InitializeAsync(CancellationToken.None);

    /// <summary>Adds a new aggregate in a context of its own and saves it.</summary>
    public async Task<T> SaveNewAsync<T>(T aggregate)
        where T : AggregateRoot
    {
        await using var db = await OpenAsync();
        db.Add(aggregate);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);

        return aggregate;
    }

    /// <summary>Loads the aggregate in a context of its own, changes it and saves it.</summary>
    public async Task<T> ChangeAsync<T>(Guid id, Action<T, DateTime> change)
        where T : AggregateRoot
    {
        await using var db = await OpenAsync();
        var aggregate = await db.Set<T>().SingleAsync(a => a.Id == id, TestContext.Current.CancellationToken);
        change(aggregate, Now);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);

        return aggregate;
    }

    /// <summary>Reads the saved row afresh, deleted or not.</summary>
    public async Task<T> ReloadAsync<T>(Guid id)
        where T : AggregateRoot
    {
        await using var db = await OpenAsync();

        return await db.Set<T>().IgnoreQueryFilters().AsNoTracking()
            .SingleAsync(a => a.Id == id, TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await _scope.DisposeAsync();
        await _services.DisposeAsync();

        // Most tests have a database of their own: give its idle connections back to the shared server.
        if (_postgresConnection is not null)
        {
            await using var connection = new NpgsqlConnection(_postgresConnection);
            NpgsqlConnection.ClearPool(connection);
        }
    }

    private static ServiceProvider Register(
        IConfiguration configuration, FakeTimeProvider clock, TestActor actor, Action<IServiceCollection>? configure)
    {
        var services = new ServiceCollection();
        // Registered first: persistence only adds its defaults (system clock and actor) when missing.
        services.AddSingleton<TimeProvider>(clock);
        services.AddSingleton<IActor>(actor);
        services.AddSingleton<ICurrentUser>(actor);
        services.AddSingleton(configuration);
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddCrmInfrastructure(configuration);
        services.AddSingleton(sp => new RecordingLiveBus(new LiveBus(sp.GetRequiredService<ILogger<LiveBus>>())));
        services.AddSingleton<ILiveBus>(sp => sp.GetRequiredService<RecordingLiveBus>());
        configure?.Invoke(services);

        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }
}
