using Crm.Infrastructure.Displays;
using Microsoft.AspNetCore.Components;

namespace Crm.Web.Displays.Wall;

/// <summary>
/// A page a wall display runs in: it loads its display, follows every committed change to it
/// (edited, given a new address, revoked, deleted) and shows the screen, or why there is none.
/// It subscribes before it loads, so a change made in between is not missed.
/// </summary>
public abstract class WallHost : ComponentBase, IDisposable
{
    private IDisposable? _changes;

    [Inject]
    private IDisplayDirectory Directory { get; set; } = default!;

    /// <summary>The display to show; null once it opens nothing (unknown, revoked, deleted).</summary>
    protected DisplayScreen? Screen { get; private set; }

    protected bool Loaded { get; private set; }

    /// <summary>Reads the display this page shows, or null.</summary>
    protected abstract Task<DisplayScreen?> LoadAsync();

    protected override async Task OnInitializedAsync()
    {
        _changes = Directory.Subscribe(OnDisplayChanged);
        Screen = await LoadAsync();
        Loaded = true;
        if (Screen is null)
        {
            StopFollowing();
        }
    }

    public void Dispose()
    {
        StopFollowing();
        GC.SuppressFinalize(this);
    }

    private void OnDisplayChanged(Guid displayId)
    {
        if (Screen?.Id == displayId)
        {
            _ = InvokeAsync(ReloadAsync);
        }
    }

    private async Task ReloadAsync()
    {
        Screen = await LoadAsync();
        if (Screen is null)
        {
            StopFollowing();
        }

        StateHasChanged();
    }

    private void StopFollowing()
    {
        _changes?.Dispose();
        _changes = null;
    }
}
