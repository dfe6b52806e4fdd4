namespace Crm.Web.Common;

internal static class RepositorySettings
{
    /// <summary>
    /// Reads the operator-facing appsettings.json that sits at the repository root (or beside
    /// the published binaries) before the usual environment files and variables override it.
    /// </summary>
    public static IConfigurationBuilder AddRepositorySettings(
        this IConfigurationBuilder configuration, IHostEnvironment environment)
    {
        var candidates = new[]
        {
            Path.Combine(environment.ContentRootPath, "..", "appsettings.json"),
            Path.Combine(AppContext.BaseDirectory, "appsettings.json"),
        };
        var file = candidates.Select(Path.GetFullPath).FirstOrDefault(File.Exists);
        if (file is null || configuration is not IConfigurationManager manager)
        {
            return configuration;
        }

        // Insert right after the defaults so appsettings.{Environment}.json, environment
        // variables and arguments still win over it.
        var sources = manager.Sources.ToList();
        manager.Sources.Clear();
        manager.AddJsonFile(file, optional: false, reloadOnChange: false);
        foreach (var source in sources)
        {
            manager.Sources.Add(source);
        }

        return configuration;
    }
}
