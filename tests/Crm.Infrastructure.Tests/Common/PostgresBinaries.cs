using System.Globalization;

namespace Crm.Infrastructure.Tests.Common;

/// <summary>
/// Where the PostgreSQL server tools (<c>initdb</c>, <c>pg_ctl</c>) are, or why they cannot be
/// used. Exactly one of <see cref="Directory"/> and <see cref="Problem"/> is set.
/// </summary>
internal sealed record PostgresBinaries(string? Directory, string? Problem)
{
    public const string DirectoryVariable = "CRM_PG_BIN";
    private const string InstallRoot = "/usr/lib/postgresql";

    public string Tool(string name) => Path.Combine(Directory!, name);

    /// <summary>
    /// Uses <paramref name="configuredDirectory"/> (from <c>CRM_PG_BIN</c>) when given, else the
    /// newest <c>/usr/lib/postgresql/*/bin</c>. A configured folder is never second-guessed:
    /// when it lacks the tools, that is reported rather than falling back to another install.
    /// </summary>
    public static PostgresBinaries Locate(string? configuredDirectory)
    {
        if (!string.IsNullOrWhiteSpace(configuredDirectory))
        {
            return HasTools(configuredDirectory)
                ? Usable(configuredDirectory)
                : new(null, $"PostgreSQL: {DirectoryVariable} is '{configuredDirectory}', "
                    + "which holds no initdb and pg_ctl.");
        }

        var installed = FindNewestInstalled();

        return installed is null
            ? new(null, $"PostgreSQL: no server binaries in {InstallRoot}/*/bin; install "
                + $"PostgreSQL or set {DirectoryVariable} to a folder with initdb and pg_ctl.")
            : Usable(installed);
    }

    public static PostgresBinaries Locate() =>
        Locate(Environment.GetEnvironmentVariable(DirectoryVariable));

    private static PostgresBinaries Usable(string directory)
    {
        // initdb refuses to run as root; as root the tools run as the 'postgres' account.
        if (Environment.IsPrivilegedProcess && !PostgresAccount.Exists())
        {
            return new(null, "PostgreSQL: running as root, and initdb refuses root, "
                + "but there is no 'postgres' account to run it as.");
        }

        return new(Path.GetFullPath(directory), null);
    }

    private static string? FindNewestInstalled()
    {
        if (!System.IO.Directory.Exists(InstallRoot))
        {
            return null;
        }

        return System.IO.Directory.GetDirectories(InstallRoot)
            .Select(version => (Version: ParseVersion(version), Bin: Path.Combine(version, "bin")))
            .Where(candidate => candidate.Version is not null && HasTools(candidate.Bin))
            .OrderByDescending(candidate => candidate.Version)
            .Select(candidate => candidate.Bin)
            .FirstOrDefault();
    }

    private static decimal? ParseVersion(string directory) =>
        decimal.TryParse(Path.GetFileName(directory), NumberStyles.Number, CultureInfo.InvariantCulture,
            out var version) ? version : null;

    private static bool HasTools(string directory) =>
        File.Exists(Path.Combine(directory, "initdb")) && File.Exists(Path.Combine(directory, "pg_ctl"));
}
