using Microsoft.Playwright;

[assembly: AssemblyFixture(typeof(Crm.Browser.Tests.Common.BrowserFixture))]

namespace Crm.Browser.Tests.Common;

/// <summary>
/// One headless Chromium for the whole test assembly. Tests get isolated contexts (own cookies
/// and storage) from <see cref="NewContextAsync"/>. Without a browser that call skips the test,
/// or fails it when <c>CRM_REQUIRE_BROWSER=1</c>; a browser that is found but will not launch
/// fails every test.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string RequireVariable = "CRM_REQUIRE_BROWSER";

    // Without the networking flags Chromium keeps trying to reach Google's services.
    private static readonly string[] LaunchFlags =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    // The suite shares a 2-core machine with the other test assemblies: waits are generous, never timed checks.
    private static readonly TimeSpan ActionTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan ExpectTimeout = TimeSpan.FromSeconds(20);

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public BrowserLocation Location { get; } = BrowserLocator.Locate();

    public async ValueTask InitializeAsync()
    {
        if (!Location.Found)
        {
            return;
        }

        Assertions.SetDefaultExpectTimeout((float)ExpectTimeout.TotalMilliseconds);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Location.ExecutablePath,
            Headless = true,
            Args = LaunchFlags,
        });
    }

    /// <summary>
    /// Opens a fresh browser context whose relative URLs resolve against <paramref name="baseUrl"/>,
    /// in a window of <paramref name="viewport"/> (Playwright's 1280×720 without one). Dispose it at
    /// the end of the test.
    /// </summary>
    public async Task<IBrowserContext> NewContextAsync(Uri baseUrl, ViewportSize? viewport = null)
    {
        if (_browser is null)
        {
            Prerequisite.Missing(RequireVariable, Location.Problem ?? "Browser: Chromium did not launch.");
        }

        var context = await _browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseUrl.ToString(),
            ViewportSize = viewport,
        });
        context.SetDefaultTimeout((float)ActionTimeout.TotalMilliseconds);

        return context;
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}
