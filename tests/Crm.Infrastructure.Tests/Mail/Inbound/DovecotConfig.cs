using System.Diagnostics;

namespace Crm.Infrastructure.Tests.Mail.Inbound;

/// <summary>The configuration of <see cref="DovecotServer"/>: Maildir in its folder, owned by 'dovecot'.</summary>
internal static class DovecotConfig
{
    public static async Task<string> WriteAsync(string directory, int port)
    {
        var (uid, gid) = (await IdAsync("-u"), await IdAsync("-g"));
        // Dovecot's auth and mail processes run as 'dovecot' and must read the folder and users file.
        Readable(directory, (UnixFileMode)0b111_101_101);
        var mail = Path.Combine(directory, "mail");
        Directory.CreateDirectory(mail);
        Directory.CreateDirectory(Path.Combine(directory, "state"));
        await ChownAsync(mail, uid, gid);
        var users = Path.Combine(directory, "users");
        await File.WriteAllTextAsync(users, $"{DovecotServer.User}:{{PLAIN}}{DovecotServer.Password}\n");
        Readable(users, (UnixFileMode)0b110_100_100);

        return $$"""
            base_dir = {{directory}}/run
            state_dir = {{directory}}/state
            log_path = {{directory}}/dovecot.log
            protocols = imap
            listen = 127.0.0.1
            ssl = no
            disable_plaintext_auth = no
            auth_mechanisms = plain login
            mail_location = maildir:{{mail}}/%u
            first_valid_uid = {{uid}}
            default_internal_user = dovecot
            default_login_user = dovenull
            passdb {
              driver = passwd-file
              args = scheme=PLAIN username_format=%u {{users}}
            }
            userdb {
              driver = static
              args = uid={{uid}} gid={{gid}} home={{mail}}/%u
            }
            service imap-login {
              inet_listener imap {
                address = 127.0.0.1
                port = {{port}}
              }
              inet_listener imaps {
                port = 0
              }
            }

            """;
    }

    private static void Readable(string path, UnixFileMode mode)
    {
        if (OperatingSystem.IsLinux())
        {
            File.SetUnixFileMode(path, mode);
        }
    }

    private static async Task<string> IdAsync(string which) => (await RunAsync("id", which, "dovecot")).Trim();

    private static Task ChownAsync(string path, string uid, string gid) => RunAsync("chown", $"{uid}:{gid}", path);

    private static async Task<string> RunAsync(string command, params string[] arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(command, arguments)
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        })!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();

        return process.ExitCode == 0
            ? output
            : throw new InvalidOperationException(
                $"{command} {string.Join(' ', arguments)} exited with {process.ExitCode}.");
    }
}
