using System.Text.Json;

namespace Crm.Browser.Tests.Common;

/// <summary>
/// Finds a Chromium for the browser tests: <c>CRM_BROWSER</c>, else <c>/usr/bin/chromium</c>,
/// else <c>chromium</c> on the PATH, else the headless shell Playwright installed for its own
/// version. A configured <c>CRM_BROWSER</c> that does not exist is reported, not skipped over.
/// </summary>
public static class BrowserLocator
{
    public const string BrowserVariable = "CRM_BROWSER";
    private const string SystemChromium = "/usr/bin/chromium";

    public static BrowserLocation Locate()
    {
        if (Environment.GetEnvironmentVariable(BrowserVariable) is { Length: > 0 } configured)
        {
            return File.Exists(configured)
                ? BrowserLocation.At(configured, BrowserVariable)
                : BrowserLocation.Missing(
                    $"Browser: {BrowserVariable} is '{configured}', which does not exist.");
        }

        if (File.Exists(SystemChromium))
        {
            return BrowserLocation.At(SystemChromium, SystemChromium);
        }

        if (FindOnPath("chromium") is { } onPath)
        {
            return BrowserLocation.At(onPath, "PATH");
        }

        return PlaywrightInstalled() ?? BrowserLocation.Missing(
            $"Browser: no Chromium found. Set {BrowserVariable}, install the 'chromium' package, "
            + "or install Playwright's Chromium (bin/.../playwright.ps1 install chromium).");
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, name))
            .FirstOrDefault(File.Exists);

    private static BrowserLocation? PlaywrightInstalled()
    {
        if (PlaywrightRegistry() is not { } registry || HeadlessShellRevision() is not { } revision)
        {
            return null;
        }

        // Headless launches without an executable use the headless shell; Playwright writes the
        // marker file only once a download has been unpacked completely.
        var marker = Path.Combine(registry, $"chromium_headless_shell-{revision}", "INSTALLATION_COMPLETE");

        return File.Exists(marker) ? BrowserLocation.PlaywrightDefault(Path.GetDirectoryName(marker)!) : null;
    }

    private static string? PlaywrightRegistry()
    {
        var configured = Environment.GetEnvironmentVariable("PLAYWRIGHT_BROWSERS_PATH");
        if (configured == "0")
        {
            return null;
        }

        if (!string.IsNullOrEmpty(configured))
        {
            return configured;
        }

        return Path.Combine(CacheDirectory(), "ms-playwright");
    }

    private static string CacheDirectory()
    {
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (OperatingSystem.IsWindows())
        {
            return Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData);
        }

        if (OperatingSystem.IsMacOS())
        {
            return Path.Combine(home, "Library", "Caches");
        }

        var xdgCache = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");

        return string.IsNullOrEmpty(xdgCache) ? Path.Combine(home, ".cache") : xdgCache;
    }

    private static string? HeadlessShellRevision()
    {
        var manifest = Path.Combine(AppContext.BaseDirectory, ".playwright", "package", "browsers.json");
        if (!File.Exists(manifest))
        {
            return null;
        }

        using var document = JsonDocument.Parse(File.ReadAllText(manifest));

        return document.RootElement.GetProperty("browsers").EnumerateArray()
            .Where(browser => browser.GetProperty("name").GetString() == "chromium-headless-shell")
            .Select(browser => browser.GetProperty("revision").GetString())
            .FirstOrDefault();
    }
}
