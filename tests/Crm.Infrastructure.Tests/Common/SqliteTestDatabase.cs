using Crm.Domain.Teams;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Crm.Infrastructure.Tests.Common;

/// <summary>
/// A migrated temp-file SQLite database behind the real infrastructure registrations, with a
/// switchable signed-in user and a controllable clock. One per test; deleted afterwards.
/// </summary>
public sealed class SqliteTestDatabase : IAsyncDisposable
{
    private readonly string _folder;
    private readonly ServiceProvider _services;
    private readonly List<AsyncServiceScope> _scopes = [];

    private SqliteTestDatabase(string folder, ServiceProvider services)
    {
        _folder = folder;
        _services = services;
    }

    public TestCurrentUser User => _services.GetRequiredService<TestCurrentUser>();

    public FakeTimeProvider Clock => _services.GetRequiredService<FakeTimeProvider>();

    public static async Task<SqliteTestDatabase> CreateAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "crm-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:Crm"] = $"Data Source={Path.Combine(folder, "crm.db")}",
            ["Seed:Demo"] = "false",
        }).Build();

        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton(new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero)));
        services.AddSingleton<TimeProvider>(sp => sp.GetRequiredService<FakeTimeProvider>());
        services.AddSingleton<TestCurrentUser>();
        services.AddSingleton<ICurrentUser>(sp => sp.GetRequiredService<TestCurrentUser>());
        services.AddSingleton<IActor>(sp => sp.GetRequiredService<TestCurrentUser>());
        services.AddCrmInfrastructure(configuration);

        var database = new SqliteTestDatabase(folder, services.BuildServiceProvider(validateScopes: true));
        await database._services.GetRequiredService<DatabaseInitializer>().InitializeAsync(CancellationToken.None);

        return database;
    }

    /// <summary>Resolves a scoped service in a scope of its own, as a circuit would.</summary>
    public T Service<T>()
        where T : notnull
    {
        var scope = _services.CreateAsyncScope();
        _scopes.Add(scope);

        return scope.ServiceProvider.GetRequiredService<T>();
    }

    public async Task<CrmDbContext> OpenAsync() =>
        await Service<IDbContextFactory<CrmDbContext>>().CreateDbContextAsync();

    public async Task<Guid> AddTeamAsync(string name, Guid? managerId = null)
    {
        var team = new Team(Guid.CreateVersion7(), name, TeamKind.Sales, "华东");
        if (managerId is { } manager)
        {
            team.AppointManager(manager);
        }

        await SaveAsync(team);

        return team.Id;
    }

    public async Task<Guid> AddUserAsync(string name, Guid teamId, bool active = true)
    {
        var email = $"{Guid.NewGuid():N}@test.crm";
        var user = new User(Guid.CreateVersion7(), name, email, teamId, "Asia/Shanghai", "zh-CN");
        if (!active)
        {
            user.Deactivate(Clock.GetUtcNow().UtcDateTime);
        }

        await SaveAsync(user);

        return user.Id;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var scope in _scopes)
        {
            await scope.DisposeAsync();
        }

        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private async Task SaveAsync(object entity)
    {
        await using var db = await OpenAsync();
        db.Add(entity);
        await db.SaveChangesAsync();
    }
}
