using System.Text;
using Bunit;
using Crm.Web.Tests.Charts;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using MudBlazor;

namespace Crm.Web.Tests.Analytics;

/// <summary>
/// A dashboard page with the dialog and popover providers rendered (records dialogs and export
/// menus live there), and a browser that takes one download and hands its bytes to the test.
/// </summary>
public abstract class DashboardTestContext : ChartTestContext
{
    private BunitJSModuleInterop _download = default!;
    private JSRuntimeInvocationHandler _saved = default!;

    protected DashboardTestContext(string culture = "en-US")
        : base(culture)
    {
    }

    protected IRenderedComponent<MudDialogProvider> Dialogs { get; private set; } = default!;

    protected IRenderedComponent<MudPopoverProvider> Popovers { get; private set; } = default!;

    protected void RenderProviders()
    {
        _download = JSInterop.SetupModule("./js/download.js");
        _saved = _download.SetupVoid("download", _ => true);
        Popovers = Render<MudPopoverProvider>();
        Dialogs = Render<MudDialogProvider>();
    }

    /// <summary>
    /// Opens the export menu <paramref name="testId"/> in <paramref name="host"/> (inside the
    /// element <paramref name="within"/> selects, when given), picks CSV, returns the file.
    /// </summary>
    protected async Task<(string Name, string Text)> ExportCsvAsync<TComponent>(
        IRenderedComponent<TComponent> host, string testId, string within = "")
        where TComponent : IComponent
    {
        host.Find($"{within} [data-testid={testId}] button".Trim()).Click();
        Popovers.Find($"[data-testid={testId}-csv]").Click();

        var invocation = _download.Invocations["download"].Single();
        using var copy = new MemoryStream();
        await ((DotNetStreamReference)invocation.Arguments[2]!).Stream.CopyToAsync(
            copy, Xunit.TestContext.Current.CancellationToken);
        _saved.SetVoidResult();

        return ((string)invocation.Arguments[0]!, Encoding.UTF8.GetString(copy.ToArray()));
    }
}
