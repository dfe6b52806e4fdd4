using Crm.Domain.Common;
using Crm.Infrastructure.Leads;
using Crm.Infrastructure.Live;
using Crm.Web.Common;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Crm.Web.Leads;

/// <summary>
/// The lead list: server-side paging, sorting and filters kept in the URL. Stays current: a lead
/// arriving in, or leaving, an owner or queue the user can see refreshes the page.
/// </summary>
public sealed partial class LeadsPage : IDisposable
{
    // Secondary columns give way on small screens: name, status and received fit a phone.
    private const string Wide = "d-none d-lg-table-cell";
    private const string Medium = "d-none d-md-table-cell";
    private const string Small = "d-none d-sm-table-cell";
    private static readonly TimeSpan LiveWindow = TimeSpan.FromMilliseconds(500);

    private static readonly Dictionary<string, LeadSort> ColumnSorts = new(StringComparer.Ordinal)
    {
        [nameof(LeadRow.PersonName)] = LeadSort.Name,
        [nameof(LeadRow.Status)] = LeadSort.Status,
        [nameof(LeadRow.OwnerName)] = LeadSort.Owner,
        [nameof(LeadRow.ReceivedAt)] = LeadSort.Received,
    };

    private MudDataGrid<LeadRow>? _grid;
    private LeadFilter _filter = new();
    private LeadChoices _choices = LeadChoices.None;
    private IDisposable? _subscription;
    private CoalescedRefresh? _refresh;

    [Inject]
    private ILeadService Leads { get; set; } = default!;

    [Inject]
    private ILiveBus Bus { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private UserTimeZone Zone { get; set; } = default!;

    [Inject]
    private IStringLocalizer<LeadText> Text { get; set; } = default!;

    [Inject]
    private IStringLocalizer<Customers.CustomersText> CustomerText { get; set; } = default!;

    [SupplyParameterFromQuery(Name = "q")]
    public string? Q { get; set; }

    [SupplyParameterFromQuery(Name = "status")]
    public string? StatusParameter { get; set; }

    [SupplyParameterFromQuery(Name = "source")]
    public string? SourceParameter { get; set; }

    [SupplyParameterFromQuery(Name = "owner")]
    public string? OwnerParameter { get; set; }

    [SupplyParameterFromQuery(Name = "queue")]
    public string? QueueParameter { get; set; }

    [SupplyParameterFromQuery(Name = "period")]
    public string? PeriodParameter { get; set; }

    [SupplyParameterFromQuery(Name = "sort")]
    public string? SortParameter { get; set; }

    [SupplyParameterFromQuery(Name = "desc")]
    public string? DescParameter { get; set; }

    public void Dispose()
    {
        _subscription?.Dispose();
        _refresh?.Dispose();
    }

    protected override async Task OnInitializedAsync()
    {
        _filter = FilterFromUrl();
        await Zone.LoadAsync();
        _choices = await Leads.ChoicesAsync();
        _refresh = new CoalescedRefresh(() => InvokeAsync(ReloadAsync), LiveWindow);
        _subscription = Bus.Subscribe(OnLiveEventAsync);
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

    private LeadFilter FilterFromUrl() => LeadFilter.Parse(
        Q, StatusParameter, SourceParameter, OwnerParameter, QueueParameter, PeriodParameter, SortParameter,
        DescParameter);

    private async Task<GridData<LeadRow>> LoadPageAsync(GridState<LeadRow> state, CancellationToken cancellationToken)
    {
        SyncSortFromHeader(state);
        var page = await Leads.SearchAsync(_filter.ToQuery(state.Page, state.PageSize, Zone), cancellationToken);

        return new GridData<LeadRow> { Items = page.Items, TotalItems = page.TotalCount };
    }

    // A header click sorts the grid; the URL follows so a reload keeps the order.
    private void SyncSortFromHeader(GridState<LeadRow> state)
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

    private async Task OnFilterChangedAsync(LeadFilter filter)
    {
        _filter = filter;
        WriteUrl();
        await ReloadAsync();
    }

    private Task OnClearFiltersAsync() =>
        OnFilterChangedAsync(new LeadFilter(Sort: _filter.Sort, Descending: _filter.Descending));

    private async Task OnNewClickedAsync()
    {
        if (await Dialogs.EnterLeadAsync(_choices.Regions, Text) is not { } created)
        {
            return;
        }

        // The rules may give it to another team: then there is no page of it to open.
        Snackbar.Add(RoutingText.Arrival(created.Routing, Text), Severity.Success);
        if (created.CanOpen)
        {
            Navigation.NavigateTo($"/leads/{created.Id}");
        }
    }

    private void OnRowClicked(DataGridRowClickEventArgs<LeadRow> args) =>
        Navigation.NavigateTo($"/leads/{args.Item.Id}");

    private ValueTask OnLiveEventAsync(IDomainEvent domainEvent, CancellationToken cancellationToken)
    {
        if (LeadLive.Concerns(domainEvent, _choices))
        {
            _refresh?.Request();
        }

        return ValueTask.CompletedTask;
    }

    private Task ReloadAsync() => _grid?.ReloadServerData() ?? Task.CompletedTask;

    private void WriteUrl() =>
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameters(_filter.ToQueryParameters()), replace: true);

    private SortDirection DirectionOf(LeadSort sort) =>
        _filter.Sort != sort ? SortDirection.None
        : _filter.Descending ? SortDirection.Descending : SortDirection.Ascending;

    private string Ago(DateTime at) => Customers.RelativeTime.Format(at, Zone.UtcNow, CustomerText);
}
