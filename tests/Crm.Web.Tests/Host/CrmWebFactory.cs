using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace Crm.Web.Tests.Host;

/// <summary>
/// The real Crm.Web host in memory, on a temporary SQLite file without the demo data, keeping
/// attachments in a temporary folder. Both are deleted on dispose.
/// </summary>
public sealed class CrmWebFactory : WebApplicationFactory<Program>
{
    private static readonly string[] Companions = ["", "-journal", "-wal", "-shm"];

    private readonly string _databaseFile = Path.Combine(Path.GetTempPath(), $"crm-web-{Guid.NewGuid():N}.db");

    private readonly string _attachments = Path.Combine(Path.GetTempPath(), $"crm-web-files-{Guid.NewGuid():N}");

    /// <summary>A browser without a sign-in cookie that keeps cookies and, when asked, follows redirects.</summary>
    public HttpClient CreateAnonymousClient(bool followRedirects = false) =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = followRedirects });

    /// <summary>
    /// Starts the app on Kestrel on a free loopback port instead of the in-memory server (the
    /// SignalR client needs real sockets) and returns where it listens.
    /// </summary>
    public Uri StartOnRealPort()
    {
        UseKestrel(0);
        StartServer();

        return ClientOptions.BaseAddress;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();

        foreach (var suffix in Companions)
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
        builder.UseSetting("Seed:Demo", "false");
        builder.UseSetting("Attachments:Root", _attachments);
    }
}
