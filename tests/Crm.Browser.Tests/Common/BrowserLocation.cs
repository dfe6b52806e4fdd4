namespace Crm.Browser.Tests.Common;

/// <summary>
/// The Chromium to launch, or why there is none. <see cref="ExecutablePath"/> is null both when
/// nothing was found and when Playwright's own installed browser is used; <see cref="Problem"/>
/// tells the two apart.
/// </summary>
public sealed record BrowserLocation(string? ExecutablePath, string Source, string? Problem)
{
    public bool Found => Problem is null;

    public static BrowserLocation At(string executablePath, string source) => new(executablePath, source, null);

    public static BrowserLocation PlaywrightDefault(string source) => new(null, source, null);

    public static BrowserLocation Missing(string problem) => new(null, "none", problem);
}
