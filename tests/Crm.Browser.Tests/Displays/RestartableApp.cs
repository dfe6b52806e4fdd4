using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace Crm.Browser.Tests.Displays;

/// <summary>
/// A Crm.Web app of one test's own, on its own SQLite file with the demo data, that the test can
/// stop and start again on the same port and the same database: a restart under an open page,
/// as a deployment does it.
/// </summary>
internal sealed class RestartableApp : IAsyncDisposable
{
    private readonly string _databaseFile = Path.Combine(Path.GetTempPath(), $"crm-restart-{Guid.NewGuid():N}.db");
    private readonly string _attachments = Path.Combine(Path.GetTempPath(), $"crm-restart-files-{Guid.NewGuid():N}");
    private Host? _host;
    private int _port;

    public Uri BaseUrl => new($"http://127.0.0.1:{_port}/");

    public IServiceProvider Services => (_host ?? throw new InvalidOperationException("The app is stopped.")).Services;

    public void Start()
    {
        _host = new Host(_databaseFile, _attachments);
        _host.UseKestrel(_port);
        _host.StartServer();
        _port = _host.ClientOptions.BaseAddress.Port;
    }

    public async Task StopAsync()
    {
        if (_host is { } host)
        {
            _host = null;
            await host.DisposeAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
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

    private sealed class Host(string databaseFile, string attachments) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseSetting("Database:Provider", "Sqlite");
            builder.UseSetting("ConnectionStrings:Crm", $"Data Source={databaseFile}");
            builder.UseSetting("Seed:Demo", "true");
            builder.UseSetting("Attachments:Root", attachments);
        }
    }
}
