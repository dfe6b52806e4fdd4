using Crm.Web.Common;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Crm.Web.Analytics;

/// <summary>
/// A dashboard page that follows a live read model: it subscribes before its first read, reads
/// its figures whenever its address changes, and reads them again (a burst of changes becoming
/// one read) whenever the model announces a change. Its period and filters live in the address.
/// </summary>
public abstract class LiveDashboard : ComponentBase, IDisposable
{
    private static readonly TimeSpan LiveWindow = TimeSpan.FromMilliseconds(500);

    /// <summary>How many records a clicked segment lists at most; the dialog says when there are more.</summary>
    protected const int RecordLimit = 200;

    /// <summary>The records behind a segment open wide, closed by Escape or the close button.</summary>
    protected static readonly DialogOptions RecordsDialog = new()
    {
        MaxWidth = MaxWidth.Large, FullWidth = true, CloseOnEscapeKey = true, CloseButton = true,
    };

    private LiveReload? _live;

    [Inject]
    protected NavigationManager Navigation { get; set; } = default!;

    public void Dispose()
    {
        _live?.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>Registers <paramref name="onChanged"/> with the read model the figures come from.</summary>
    protected abstract IDisposable Follow(Action onChanged);

    /// <summary>Reads the page's filter from its address parameters.</summary>
    protected abstract void ReadAddress();

    /// <summary>Reads the figures for the current filter.</summary>
    protected abstract Task LoadAsync();

    protected override void OnInitialized() =>
        _live = LiveReload.Follow(Follow, () => InvokeAsync(ReloadAsync), LiveWindow);

    protected override async Task OnParametersSetAsync()
    {
        ReadAddress();
        await LoadAsync();
    }

    /// <summary>Shows another filter by changing the address, so it can be shared and bookmarked.</summary>
    protected void Navigate(IReadOnlyDictionary<string, object?> query) =>
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameters(query), replace: true);

    private async Task ReloadAsync()
    {
        await LoadAsync();
        StateHasChanged();
    }
}
