using Crm.Domain.Common;
using Crm.Domain.Displays;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Displays;
using Crm.Infrastructure.Live;
using Crm.Web.Common;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Crm.Web.Displays.Admin;

/// <summary>
/// The wall displays a manager or administrator sets up: the list, with each display's scope and
/// whether its address works; setting one up or editing it; previewing it as its TV shows it;
/// giving it a new address (shown once), revoking and deleting it. Changes others save show up live.
/// </summary>
public sealed partial class DisplaysPage : IDisposable
{
    private static readonly DialogOptions FormOptions = new()
    {
        MaxWidth = MaxWidth.Medium, FullWidth = true, CloseOnEscapeKey = true, CloseButton = true,
    };

    private static readonly DialogOptions AddressOptions = new()
    {
        MaxWidth = MaxWidth.Small, FullWidth = true, CloseOnEscapeKey = true, BackdropClick = false,
    };

    private static readonly DialogOptions PreviewOptions = new()
    {
        MaxWidth = MaxWidth.Large, FullWidth = true, CloseOnEscapeKey = true, CloseButton = true,
    };

    private DisplayChoices? _choices;
    private IReadOnlyList<DisplayRow>? _rows;
    private string? _failure;
    private bool _busy;
    private LiveReload? _live;

    [Inject]
    private IDisplayService Displays { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private ILiveBus Bus { get; set; } = default!;

    [Inject]
    private UserTimeZone Zone { get; set; } = default!;

    private bool CanCreate => _choices is { Kinds.Count: > 0 };

    public void Dispose() => _live?.Dispose();

    protected override async Task OnInitializedAsync()
    {
        // Listening starts before the first read, so a display saved in between is not missed.
        _live = LiveReload.Start(Bus, e => e is DisplayChanged, () => InvokeAsync(async () =>
        {
            await LoadAsync();
            StateHasChanged();
        }));
        await Zone.LoadAsync();
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        try
        {
            _choices ??= await Displays.ChoicesAsync();
            _rows = await Displays.ListAsync();
        }
        catch (ForbiddenException)
        {
            _failure = Text["Error.forbidden"];
        }
    }

    private Task OnNewClickedAsync() => EditAsync(null);

    private Task OnEditClickedAsync(DisplayRow row) => EditAsync(row);

    private async Task EditAsync(DisplayRow? row)
    {
        var parameters = new DialogParameters<DisplayDialog>
        {
            { d => d.Choices, _choices },
            { d => d.Row, row },
        };
        var title = Text[row is null ? "Dialog.NewTitle" : "Dialog.EditTitle"];
        var dialog = await Dialogs.ShowAsync<DisplayDialog>(title, parameters, FormOptions);
        var result = await dialog.Result;
        if (result is { Canceled: false, Data: DisplayAddress address })
        {
            await LoadAsync();
            await ShowAddressAsync(address, Text["Address.CreatedTitle"]);
        }
        else if (result is { Canceled: false, Data: string saved })
        {
            Snackbar.Add(saved, Severity.Success);
            await LoadAsync();
        }
    }

    private async Task ShowAddressAsync(DisplayAddress address, string title)
    {
        var parameters = new DialogParameters<DisplayAddressDialog>
        {
            { d => d.Address, DisplayAddresses.Kiosk(Navigation.BaseUri, address.Token) },
        };
        var dialog = await Dialogs.ShowAsync<DisplayAddressDialog>(title, parameters, AddressOptions);
        await dialog.Result;
    }

    private async Task OnPreviewClickedAsync(DisplayRow row)
    {
        var parameters = new DialogParameters<DisplayPreviewDialog>
        {
            { d => d.DisplayId, row.Id },
            { d => d.Name, row.Name },
        };
        var title = string.Format(Text["Preview.Title"], row.Name);
        await Dialogs.ShowAsync<DisplayPreviewDialog>(title, parameters, PreviewOptions);
    }
}
