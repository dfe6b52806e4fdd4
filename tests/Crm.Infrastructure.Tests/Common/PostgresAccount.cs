namespace Crm.Infrastructure.Tests.Common;

/// <summary>
/// Runs the PostgreSQL tools as the 'postgres' account when the tests run as root (initdb and
/// the server refuse root), and as the current user otherwise.
/// </summary>
internal static class PostgresAccount
{
    public const string Name = "postgres";

    public static bool Exists() =>
        File.Exists("/etc/passwd")
        && File.ReadLines("/etc/passwd").Any(line => line.StartsWith(Name + ":", StringComparison.Ordinal));

    public static Task<string> RunAsync(
        string tool,
        IReadOnlyList<string> arguments,
        string workingDirectory,
        CancellationToken cancellationToken)
    {
        if (!Environment.IsPrivilegedProcess)
        {
            return ProcessRunner.RunAsync(tool, arguments, workingDirectory, cancellationToken);
        }

        string[] asPostgres = ["-u", Name, "--", tool, .. arguments];

        return ProcessRunner.RunAsync("runuser", asPostgres, workingDirectory, cancellationToken);
    }

    /// <summary>Hands <paramref name="directory"/> to the account the tools run as.</summary>
    public static async Task TakeOwnershipAsync(string directory, CancellationToken cancellationToken)
    {
        if (Environment.IsPrivilegedProcess)
        {
            await ProcessRunner.RunAsync("chown", [Name, directory], directory, cancellationToken);
        }
    }
}
