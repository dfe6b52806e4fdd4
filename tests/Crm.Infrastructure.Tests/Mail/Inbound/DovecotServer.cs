using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Crm.Infrastructure.Tests.Common;

namespace Crm.Infrastructure.Tests.Mail.Inbound;

/// <summary>
/// A throwaway Dovecot IMAP server for a test class: its own folder, 127.0.0.1 only, one user
/// with a plain-text password over an unencrypted connection. Started on first use; disposing
/// stops it and deletes the folder.
/// </summary>
/// <remarks>
/// Dovecot comes from <c>CRM_DOVECOT</c>, else <c>/usr/sbin/dovecot</c> (Debian's
/// <c>dovecot-imapd</c>), and runs as root with its packaged <c>dovecot</c> and
/// <c>dovenull</c> users. Without it the tests are skipped, or fail when <c>CRM_REQUIRE_IMAP=1</c>.
/// </remarks>
public sealed class DovecotServer : IAsyncDisposable
{
    public const string RequireVariable = "CRM_REQUIRE_IMAP";
    public const string User = "support";
    public const string Password = "imap-test-secret";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);

    private readonly Lazy<Task<int>> _port;
    private readonly string _directory = Directory.CreateTempSubdirectory("crm-imap-").FullName;
    private Process? _process;

    public DovecotServer()
    {
        _port = new(StartAsync);
    }

    /// <summary>The port of the running server; skips or fails the test when Dovecot is not there.</summary>
    public Task<int> PortAsync()
    {
        var binary = Binary();
        if (!File.Exists(binary))
        {
            Prerequisite.Missing(
                RequireVariable, $"Dovecot was not found at {binary} (apt-get install dovecot-imapd).");
        }

        if (!OperatingSystem.IsLinux() || Environment.UserName != "root")
        {
            Prerequisite.Missing(RequireVariable, "The Dovecot test server runs as root on Linux only.");
        }

        return _port.Value;
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process?.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    private static string Binary() => Environment.GetEnvironmentVariable("CRM_DOVECOT") ?? "/usr/sbin/dovecot";

    private async Task<int> StartAsync()
    {
        var port = FreePort();
        var config = Path.Combine(_directory, "dovecot.conf");
        await File.WriteAllTextAsync(config, await DovecotConfig.WriteAsync(_directory, port));
        // Dovecot writes to its log file; its own output is only a start-up line or a fatal error.
        _process = Process.Start(new ProcessStartInfo(Binary(), ["-F", "-c", config]) { UseShellExecute = false })
            ?? throw new InvalidOperationException("Dovecot did not start.");
        await WaitForPortAsync(port);

        return port;
    }

    private async Task WaitForPortAsync(int port)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException) when (deadline.Elapsed < StartTimeout && !_process!.HasExited)
            {
                await Task.Delay(50);
            }
            catch (SocketException ex)
            {
                var log = Path.Combine(_directory, "dovecot.log");
                var text = File.Exists(log) ? await File.ReadAllTextAsync(log) : "(no log)";
                throw new InvalidOperationException($"Dovecot did not listen on {port}: {text}", ex);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();

        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
