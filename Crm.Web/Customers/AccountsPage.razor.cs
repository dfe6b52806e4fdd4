using Crm.Infrastructure.Customers;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Crm.Web.Customers;

/// <summary>The account list: server-side paging, sorting and filtering, with filters in the URL.</summary>
public sealed partial class AccountsPage
{
    // Secondary columns give way on small screens: only name, tier and last activity fit a phone.
    private const string Wide = "d-none d-lg-table-cell";
    private const string Medium = "d-none d-md-table-cell";
    private const string Small = "d-none d-sm-table-cell";

    private static readonly Dictionary<string, AccountSort> ColumnSorts = new(StringComparer.Ordinal)
    {
        [nameof(AccountRow.Name)] = AccountSort.Name,
        [nameof(AccountRow.Tier)] = AccountSort.Tier,
        [nameof(AccountRow.City)] = AccountSort.City,
        [nameof(AccountRow.OwnerName)] = AccountSort.Owner,
    };

    private MudDataGrid<AccountRow>? _grid;
    private AccountFilter _filter = new();
    private IReadOnlyList<OwnerOption> _owners = [];
    private IReadOnlyList<string> _regions = [];
    private bool _canCreate;

    [Inject]
    private IAccountService Accounts { get; set; } = default!;

    [Inject]
    private IAccountLookups Lookups { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private Common.UserTimeZone Zone { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    [Inject]
    private IStringLocalizer<CustomersText> Text { get; set; } = default!;

    [SupplyParameterFromQuery(Name = "q")]
    public string? Q { get; set; }

    [SupplyParameterFromQuery(Name = "industry")]
    public string? IndustryParameter { get; set; }

    [SupplyParameterFromQuery(Name = "tier")]
    public string? TierParameter { get; set; }

    [SupplyParameterFromQuery(Name = "region")]
    public string? RegionParameter { get; set; }

    [SupplyParameterFromQuery(Name = "owner")]
    public string? OwnerParameter { get; set; }

    [SupplyParameterFromQuery(Name = "tag")]
    public string? TagParameter { get; set; }

    [SupplyParameterFromQuery(Name = "sort")]
    public string? SortParameter { get; set; }

    [SupplyParameterFromQuery(Name = "desc")]
    public string? DescParameter { get; set; }

    protected override async Task OnInitializedAsync()
    {
        _filter = FilterFromUrl();
        var owners = await Lookups.VisibleOwnersAsync();
        var regions = await Lookups.RegionsAsync();
        var assignable = await Lookups.AssignableOwnersAsync();
        (_owners, _regions, _canCreate) = (owners, regions, assignable.Count > 0);
        await Zone.LoadAsync();
    }

    // The URL is the source of truth: back/forward and edited links land here.
    protected override async Task OnParametersSetAsync()
    {
        var filter = FilterFromUrl();
        if (filter == _filter)
        {
            return;
        }

        _filter = filter;
        await ReloadAsync();
    }

    private AccountFilter FilterFromUrl() => AccountFilter.Parse(
        Q, IndustryParameter, TierParameter, RegionParameter, OwnerParameter, TagParameter, SortParameter,
        DescParameter);

    private async Task<GridData<AccountRow>> LoadPageAsync(
        GridState<AccountRow> state, CancellationToken cancellationToken)
    {
        SyncSortFromHeader(state);
        var page = await Accounts.SearchAsync(_filter.ToQuery(state.Page, state.PageSize), cancellationToken);

        return new GridData<AccountRow> { Items = page.Items, TotalItems = page.TotalCount };
    }

    // A header click sorts the grid; the URL follows so a reload keeps the order.
    private void SyncSortFromHeader(GridState<AccountRow> state)
    {
        if (state.SortDefinitions.FirstOrDefault() is not { } header
            || !ColumnSorts.TryGetValue(header.SortBy, out var sort)
            || (sort == _filter.Sort && header.Descending == _filter.Descending))
        {
            return;
        }

        _filter = _filter with { Sort = sort, Descending = header.Descending };
        WriteUrl();
    }

    private async Task OnFilterChangedAsync(AccountFilter filter)
    {
        _filter = filter;
        WriteUrl();
        await ApplySortToGridAsync();
        await ReloadAsync();
    }

    // The toolbar's sort wins over a header sort that no longer matches it.
    private async Task ApplySortToGridAsync()
    {
        if (_grid?.SortDefinitions.Values.FirstOrDefault() is not { } header
            || (ColumnSorts.GetValueOrDefault(header.SortBy) == _filter.Sort
                && header.Descending == _filter.Descending))
        {
            return;
        }

        await _grid.RemoveSortAsync(header.SortBy);
    }

    private Task OnClearFiltersAsync() =>
        OnFilterChangedAsync(new AccountFilter(Sort: _filter.Sort, Descending: _filter.Descending));

    private async Task OnNewClickedAsync()
    {
        if (await Dialogs.ShowAccountEditorAsync(null, Text) is { } id)
        {
            Navigation.NavigateTo($"/accounts/{id}");
        }
    }

    private void OnRowClicked(DataGridRowClickEventArgs<AccountRow> args) =>
        Navigation.NavigateTo($"/accounts/{args.Item.Id}");

    private Task ReloadAsync() => _grid?.ReloadServerData() ?? Task.CompletedTask;

    private void WriteUrl() =>
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameters(_filter.ToQueryParameters()), replace: true);

    private SortDirection DirectionOf(AccountSort sort) =>
        _filter.Sort != sort || (sort == AccountSort.Name && !_filter.Descending)
            ? SortDirection.None
            : _filter.Descending ? SortDirection.Descending : SortDirection.Ascending;

    private string Ago(DateTime? at) => RelativeTime.Format(at, Clock.GetUtcNow().UtcDateTime, Text);

    private string? LocalTime(DateTime? at) =>
        at is { } utc ? Zone.ToLocal(utc).ToString("g") : null;

    private static string Place(AccountRow row) =>
        string.Join(" · ", new[] { row.Region, row.City }.Where(p => !string.IsNullOrWhiteSpace(p)));
}
