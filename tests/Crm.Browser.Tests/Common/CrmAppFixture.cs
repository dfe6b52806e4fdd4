using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

[assembly: AssemblyFixture(typeof(Crm.Browser.Tests.Common.CrmAppFixture))]

namespace Crm.Browser.Tests.Common;

/// <summary>
/// The real Crm.Web app on Kestrel, on a free loopback port, for the whole test assembly. It runs
/// on a temporary SQLite file with the demo data seeded and attachments in a temporary folder;
/// both are deleted on dispose.
/// </summary>
public sealed class CrmAppFixture : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly string _databaseFile =
        Path.Combine(Path.GetTempPath(), $"crm-browser-{Guid.NewGuid():N}.db");

    private readonly string _attachments = Path.Combine(Path.GetTempPath(), $"crm-browser-files-{Guid.NewGuid():N}");

    private Uri? _baseUrl;

    /// <summary>Where the app listens, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseUrl => _baseUrl ?? throw new InvalidOperationException("The app has not been started yet.");

    public ValueTask InitializeAsync()
    {
        UseKestrel(0);
        StartServer();
        // StartServer points the client options at the address Kestrel actually bound.
        _baseUrl = ClientOptions.BaseAddress;

        return ValueTask.CompletedTask;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();

        foreach (var suffix in new[] { "", "-journal", "-wal", "-shm" })
        {
            File.Delete(_databaseFile + suffix);
        }

        if (Directory.Exists(_attachments))
        {
            Directory.Delete(_attachments, recursive: true);
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:Crm", $"Data Source={_databaseFile}");
        builder.UseSetting("Seed:Demo", "true");
        builder.UseSetting("Attachments:Root", _attachments);
    }
}
