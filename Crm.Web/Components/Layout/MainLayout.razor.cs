using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using MudBlazor;

namespace Crm.Web.Components.Layout;

public sealed partial class MainLayout
{
    private const string ThemeKey = "crm.theme";

    private MudThemeProvider? _themeProvider;
    private bool _drawerOpen = true;
    private bool _isDarkMode;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender || _themeProvider is null)
        {
            return;
        }

        var saved = await JS.InvokeAsync<string?>("localStorage.getItem", ThemeKey);
        _isDarkMode = saved is null ? await _themeProvider.GetSystemDarkModeAsync() : saved == "dark";
        StateHasChanged();
    }

    private void OnMenuClicked() => _drawerOpen = !_drawerOpen;

    private async Task OnThemeToggledAsync()
    {
        _isDarkMode = !_isDarkMode;
        await JS.InvokeVoidAsync("localStorage.setItem", ThemeKey, _isDarkMode ? "dark" : "light");
    }
}
