using System.Net;
using System.Net.Sockets;

namespace Crm.Infrastructure.Tests.Common;

/// <summary>
/// A throwaway PostgreSQL cluster in a temporary folder, listening on 127.0.0.1 only, with
/// trust authentication for the 'postgres' role and fsync off. Disposing stops it at once and
/// deletes the folder.
/// </summary>
internal sealed class PostgresCluster : IAsyncDisposable
{
    private const int StartAttempts = 3;
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(60);

    private readonly PostgresBinaries _binaries;
    private readonly string _directory;
    private bool _running;

    private PostgresCluster(PostgresBinaries binaries, string directory)
    {
        _binaries = binaries;
        _directory = directory;
    }

    public int Port { get; private set; }

    private string LogFile => Path.Combine(_directory, "server.log");

    public static async Task<PostgresCluster> StartAsync(PostgresBinaries binaries)
    {
        var cluster = new PostgresCluster(binaries, Directory.CreateTempSubdirectory("crm-pg-").FullName);
        try
        {
            await cluster.InitializeAsync();
            await cluster.StartServerAsync();

            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_running)
            {
                _running = false;
                await RunToolAsync("pg_ctl", ["-D", _directory, "-m", "immediate", "-w", "stop"]);
            }
        }
        finally
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private async Task InitializeAsync()
    {
        using var timeout = new CancellationTokenSource(CommandTimeout);
        await PostgresAccount.TakeOwnershipAsync(_directory, timeout.Token);

        await RunToolAsync("initdb", [
            "-D", _directory, "-U", "postgres", "--auth=trust",
            "--encoding=UTF8", "--locale=C", "--no-sync",
        ]);
    }

    private async Task StartServerAsync()
    {
        for (var attempt = 1; ; attempt++)
        {
            Port = FindFreePort();
            try
            {
                await RunToolAsync("pg_ctl", [
                    "-D", _directory, "-w", "-l", LogFile,
                    "-o", $"-p {Port} -k '{_directory}' -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300",
                    "start",
                ]);
                _running = true;

                return;
            }
            catch (InvalidOperationException) when (attempt < StartAttempts && PortWasTaken())
            {
                // Another process grabbed the port between probing and binding: try a new one.
            }
            catch (InvalidOperationException failure)
            {
                throw new InvalidOperationException($"{failure.Message}\nServer log:\n{ReadLog()}", failure);
            }
        }
    }

    private async Task RunToolAsync(string tool, IReadOnlyList<string> arguments)
    {
        using var timeout = new CancellationTokenSource(CommandTimeout);
        await PostgresAccount.RunAsync(_binaries.Tool(tool), arguments, _directory, timeout.Token);
    }

    private bool PortWasTaken() => ReadLog().Contains("already in use", StringComparison.Ordinal);

    private string ReadLog() => File.Exists(LogFile) ? File.ReadAllText(LogFile) : "(no server log)";

    private static int FindFreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();

        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
