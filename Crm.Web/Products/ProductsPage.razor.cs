using Crm.Domain.Common;
using Crm.Domain.Products;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Currencies;
using Crm.Infrastructure.Live;
using Crm.Infrastructure.Products;
using Crm.Web.Common;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Crm.Web.Products;

/// <summary>
/// The product catalogue for administrators and sales managers: search by name or code, create
/// and edit in a dialog, deactivate what is no longer sold (and activate it again). Products are
/// never deleted: line items keep pointing at them. Changes by others reload the list.
/// </summary>
public sealed partial class ProductsPage : IDisposable
{
    // The code has its own column from small screens on; on a phone it sits under the name.
    private const string Small = "d-none d-sm-table-cell";

    private static readonly DialogOptions DialogOptions = new() { MaxWidth = MaxWidth.Small, FullWidth = true };

    private MudDataGrid<ProductRow>? _grid;
    private IReadOnlyList<string> _currencies = [];
    private string? _text;
    private bool _showInactive;
    private bool _busy;
    private IDisposable? _subscription;
    private CoalescedRefresh? _refresh;

    [Inject]
    private IProductService Products { get; set; } = default!;

    [Inject]
    private IExchangeRateService Rates { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private ILiveBus Bus { get; set; } = default!;

    public void Dispose()
    {
        _subscription?.Dispose();
        _refresh?.Dispose();
    }

    protected override async Task OnInitializedAsync()
    {
        var rates = await Rates.ListAsync();
        _currencies = [rates.BaseCurrency, .. rates.Rates.Select(r => r.Currency).Distinct().Order()];
    }

    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender)
        {
            _refresh = new CoalescedRefresh(() => InvokeAsync(ReloadAsync), TimeSpan.FromMilliseconds(300));
            _subscription = Bus.Subscribe(OnEventAsync);
        }
    }

    private ValueTask OnEventAsync(IDomainEvent domainEvent, CancellationToken cancellationToken)
    {
        if (domainEvent is ProductChanged)
        {
            _refresh?.Request();
        }

        return ValueTask.CompletedTask;
    }

    private async Task<GridData<ProductRow>> LoadPageAsync(
        GridState<ProductRow> state, CancellationToken cancellationToken)
    {
        var query = new ProductQuery(_text, _showInactive, state.Page, state.PageSize);
        var page = await Products.SearchAsync(query, cancellationToken);

        return new GridData<ProductRow> { Items = page.Items, TotalItems = page.TotalCount };
    }

    private Task ReloadAsync() => _grid?.ReloadServerData() ?? Task.CompletedTask;

    private Task OnSearchChangedAsync(string? text)
    {
        _text = text;

        return ReloadAsync();
    }

    private Task OnShowInactiveChangedAsync(bool show)
    {
        _showInactive = show;

        return ReloadAsync();
    }

    private string ToggleLabel(ProductRow product) =>
        product.IsActive ? Text["Action.Deactivate"] : Text["Action.Activate"];

    private static string RowClassOf(ProductRow product, int index) =>
        product.IsActive ? "crm-clickable" : "crm-clickable mud-text-disabled";

    private Task OnRowClickedAsync(DataGridRowClickEventArgs<ProductRow> click) => OpenAsync(click.Item);

    private Task OnCreateAsync() => OpenAsync(null);

    private Task OnEditAsync(ProductRow product) => OpenAsync(product);

    private async Task OpenAsync(ProductRow? product)
    {
        var parameters = new DialogParameters<ProductDialog>
        {
            { d => d.Product, product }, { d => d.Currencies, _currencies },
        };
        var title = product is null ? Text["Dialog.NewTitle"] : Text["Dialog.EditTitle"];
        var dialog = await Dialogs.ShowAsync<ProductDialog>(title, parameters, DialogOptions);
        if (await dialog.GetReturnValueAsync<ProductRow>() is { } saved)
        {
            Snackbar.Add(string.Format(Text["Saved"], saved.Name), Severity.Success);
            await ReloadAsync();
        }
    }

    private async Task OnToggleAsync(ProductRow product)
    {
        _busy = true;
        try
        {
            var saved = product.IsActive
                ? await Products.DeactivateAsync(product.Id, product.Version)
                : await Products.ActivateAsync(product.Id, product.Version);
            var done = Text[saved.IsActive ? "Activated" : "Deactivated"];
            Snackbar.Add(string.Format(done, saved.Name), Severity.Success);
        }
        catch (Exception error) when (error is ConcurrencyConflictException or NotFoundException or ForbiddenException)
        {
            Snackbar.Add(Text[error is ForbiddenException ? "Error.forbidden" : "Error.conflict"], Severity.Warning);
        }
        finally
        {
            _busy = false;
        }

        await ReloadAsync();
    }
}
