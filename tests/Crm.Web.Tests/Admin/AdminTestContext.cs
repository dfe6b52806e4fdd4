using System.Globalization;
using Bunit;
using Crm.Infrastructure.Admin;
using Crm.Web.Localization;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace Crm.Web.Tests.Admin;

/// <summary>
/// bUnit with MudBlazor's services, loose JS interop, the app's localization (English unless a
/// test says otherwise) and an in-memory <see cref="IUserAdminService"/>.
/// </summary>
public abstract class AdminTestContext : BunitContext
{
    protected AdminTestContext()
    {
        UseCulture("en-US");
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddCrmLocalization();
        Services.AddSingleton<IUserAdminService>(Admin);
    }

    internal FakeUserAdminService Admin { get; } = new();

    protected static void UseCulture(string name) =>
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);

    /// <summary>Renders the popover and dialog hosts that menus, selects and dialogs render into.</summary>
    protected IRenderedComponent<MudDialogProvider> RenderDialogHost()
    {
        Render<MudPopoverProvider>();

        return Render<MudDialogProvider>();
    }

    /// <summary>Opens a dialog the way a page does and returns its host.</summary>
    protected async Task<IRenderedComponent<MudDialogProvider>> ShowDialogAsync<TDialog>(
        DialogParameters<TDialog> parameters)
        where TDialog : Microsoft.AspNetCore.Components.IComponent
    {
        var host = RenderDialogHost();
        var dialogs = Services.GetRequiredService<IDialogService>();
        await host.InvokeAsync(() => dialogs.ShowAsync<TDialog>("", parameters));

        return host;
    }
}
