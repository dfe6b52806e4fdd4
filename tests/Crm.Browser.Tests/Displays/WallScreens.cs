using Microsoft.Playwright;

namespace Crm.Browser.Tests.Displays;

/// <summary>What the wall tests look for on a TV page.</summary>
internal static class WallScreens
{
    /// <summary>
    /// Elements that scroll or would: the page itself, anything with a scroll bar, and any panel
    /// whose content is taller or wider than the panel shows.
    /// </summary>
    public static Task<string[]> OverflowingAsync(this IPage page) => page.EvaluateAsync<string[]>("""
        () => {
            const found = [];
            const root = document.scrollingElement;
            if (root.scrollHeight > innerHeight || root.scrollWidth > innerWidth) {
                found.push(`page ${root.scrollWidth}x${root.scrollHeight}`);
            }
            for (const element of document.querySelectorAll("body *")) {
                const style = getComputedStyle(element);
                const scrolls = /(auto|scroll)/.test(style.overflowY + style.overflowX);
                if (scrolls && (element.scrollHeight > element.clientHeight + 1 ||
                                element.scrollWidth > element.clientWidth + 1)) {
                    found.push(`scroll bar on ${element.className}`);
                }
            }
            for (const body of document.querySelectorAll(".wall-page[data-shown] .wall-panel-body")) {
                if (body.scrollHeight > body.clientHeight + 2 || body.scrollWidth > body.clientWidth + 2) {
                    const title = body.parentElement.querySelector(".wall-panel-title")?.textContent;
                    const content = `${body.scrollWidth}x${body.scrollHeight}`;
                    found.push(`${title}: ${content} in ${body.clientWidth}x${body.clientHeight}`);
                }
            }
            return found;
        }
        """);

    /// <summary>Shows page <paramref name="index"/> of the rotation now, as the rotation would in time.</summary>
    public static Task ShowPageAsync(this IPage page, int index) => page.EvaluateAsync("""
        index => document.querySelectorAll(".wall-page")
            .forEach((p, i) => p.toggleAttribute("data-shown", i === index))
        """, index);

    /// <summary>Marks the loaded document, so a test can tell a live update from a reload.</summary>
    public static Task MarkDocumentAsync(this IPage page) => page.EvaluateAsync("() => window.wallTestMark = 1");

    public static Task<bool> IsSameDocumentAsync(this IPage page) =>
        page.EvaluateAsync<bool>("() => window.wallTestMark === 1");

    /// <summary>
    /// Waits until <paramref name="condition"/> holds in whatever document the page shows by then:
    /// asked afresh every half second, so a reload in between is simply asked again.
    /// </summary>
    public static async Task WaitUntilAsync(this IPage page, string condition, TimeSpan patience)
    {
        var giveUpAt = DateTime.UtcNow + patience;
        while (true)
        {
            try
            {
                if (await page.EvaluateAsync<bool>(condition))
                {
                    return;
                }
            }
            catch (PlaywrightException) when (DateTime.UtcNow < giveUpAt)
            {
                // The document was being replaced; ask the new one.
            }

            if (DateTime.UtcNow >= giveUpAt)
            {
                throw new TimeoutException($"Still not true after {patience}: {condition}");
            }

            await Task.Delay(500);
        }
    }

    /// <summary>The repository's artifacts folder, which CI keeps after the run.</summary>
    public static string ArtifactPath(string fileName)
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Crm.sln")))
        {
            folder = folder.Parent;
        }

        var artifacts = Path.Combine(folder?.FullName ?? Path.GetTempPath(), "artifacts", "screenshots");
        Directory.CreateDirectory(artifacts);

        return Path.Combine(artifacts, fileName);
    }
}
