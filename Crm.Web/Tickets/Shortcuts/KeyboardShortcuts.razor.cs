using Crm.Web.Tickets.Workspace;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Microsoft.JSInterop;
using MudBlazor;

namespace Crm.Web.Tickets.Shortcuts;

/// <summary>A single-key shortcut: the key pressed, how the help shows it, and what it does.</summary>
public sealed record Shortcut(string Key, string Label, string TextKey);

/// <summary>
/// The single-key shortcuts of a page (the ticket page, the service desk). Keys pressed while
/// typing in a field, or with Ctrl, Alt or Cmd, are left alone; "?" opens the list of them.
/// </summary>
public sealed partial class KeyboardShortcuts
{
    private static readonly DialogOptions HelpOptions = new() { MaxWidth = MaxWidth.ExtraSmall, FullWidth = true };

    private DotNetObjectReference<KeyboardShortcuts>? _self;
    private IJSObjectReference? _module;
    private IJSObjectReference? _listener;
    private bool _helpOpen;

    /// <summary>The page's shortcuts, in the order the help lists them.</summary>
    [Parameter, EditorRequired]
    public IReadOnlyList<Shortcut> Shortcuts { get; set; } = [];

    /// <summary>Runs with the key of a shortcut pressed (never "?").</summary>
    [Parameter, EditorRequired]
    public EventCallback<string> OnShortcut { get; set; }

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    [Inject]
    private IStringLocalizer<WorkspaceText> Text { get; set; } = default!;

    /// <summary>Called by the page's script with the key pressed.</summary>
    [JSInvokable]
    public async Task OnKeyAsync(string key)
    {
        if (key == "?")
        {
            _helpOpen = true;
            StateHasChanged();
            return;
        }

        if (Shortcuts.Any(s => s.Key == key))
        {
            await OnShortcut.InvokeAsync(key);
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_listener is not null)
            {
                await _listener.InvokeVoidAsync("detach");
                await _listener.DisposeAsync();
            }

            if (_module is not null)
            {
                await _module.DisposeAsync();
            }
        }
        catch (Exception exception) when (exception is JSDisconnectedException or TaskCanceledException)
        {
            // The circuit is gone, and the page's listeners with it.
        }

        _self?.Dispose();
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender)
        {
            return;
        }

        _self = DotNetObjectReference.Create(this);
        _module = await JS.InvokeAsync<IJSObjectReference>(
            "import", "./Tickets/Shortcuts/KeyboardShortcuts.razor.js");
        string[] keys = [.. Shortcuts.Select(s => s.Key), "?"];
        _listener = _module is null ? null : await _module.InvokeAsync<IJSObjectReference>("attach", _self, keys);
    }
}
