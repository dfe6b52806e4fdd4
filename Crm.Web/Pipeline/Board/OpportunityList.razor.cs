using System.Globalization;
using Crm.Domain.Common;
using Crm.Domain.Pipeline;
using Crm.Infrastructure.Pipeline;
using Crm.Infrastructure.Pipeline.Board;
using Crm.Web.Common;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Crm.Web.Pipeline.Board;

/// <summary>
/// The pipeline as a list: the board's filters, server-side paging and sorting through
/// <see cref="IOpportunityService.SearchAsync"/>, and the columns each user chose, remembered
/// on the server (<see cref="IBoardPreferences"/>) so they follow the user to any device.
/// </summary>
public sealed partial class OpportunityList
{
    private static readonly Dictionary<string, OpportunitySort> ColumnSorts = new(StringComparer.Ordinal)
    {
        [nameof(OpportunityRow.Name)] = OpportunitySort.Name,
        [nameof(OpportunityRow.AccountName)] = OpportunitySort.Account,
        [nameof(OpportunityRow.StageName)] = OpportunitySort.Stage,
        [nameof(OpportunityRow.OwnerName)] = OpportunitySort.Owner,
        [nameof(OpportunityRow.AmountInBase)] = OpportunitySort.Amount,
        [nameof(OpportunityRow.ExpectedCloseDate)] = OpportunitySort.ExpectedClose,
        [nameof(OpportunityRow.StageEnteredAt)] = OpportunitySort.StageEntered,
    };

    private MudDataGrid<OpportunityRow>? _grid;
    private IReadOnlySet<string> _shown = ListColumns.Default;
    private (Guid PipelineId, PipelineFilter Filter)? _loadedFor;

    [Parameter, EditorRequired]
    public Guid PipelineId { get; set; }

    [Parameter, EditorRequired]
    public PipelineFilter Filter { get; set; } = new();

    [Parameter]
    public DateOnly Today { get; set; }

    [Parameter, EditorRequired]
    public string BaseCurrency { get; set; } = "";

    [Parameter]
    public EventCallback OnClearFilters { get; set; }

    [Inject]
    private IOpportunityService Opportunities { get; set; } = default!;

    [Inject]
    private IBoardPreferences Preferences { get; set; } = default!;

    [Inject]
    private UserTimeZone Zone { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private IStringLocalizer<BoardText> Text { get; set; } = default!;

    protected override async Task OnInitializedAsync() =>
        _shown = ListColumns.From(await Preferences.ListColumnsAsync());

    protected override async Task OnParametersSetAsync()
    {
        var wanted = (PipelineId, Filter with { Layout = PipelineLayout.List });
        if (_loadedFor is { } loaded && loaded != wanted && _grid is not null)
        {
            _loadedFor = wanted;
            await _grid.ReloadServerData();
        }
    }

    private bool Shows(string key) => _shown.Contains(key);

    private string ColumnTitle(string key) => key switch
    {
        ListColumns.AmountInBase => Text["Col.AmountInBase", BaseCurrency],
        ListColumns.Weighted => Text["Col.Weighted", BaseCurrency],
        _ => Text[$"Col.{key}"],
    };

    private async Task<GridData<OpportunityRow>> LoadPageAsync(
        GridState<OpportunityRow> state, CancellationToken cancellationToken)
    {
        _loadedFor = (PipelineId, Filter with { Layout = PipelineLayout.List });
        var header = state.SortDefinitions.FirstOrDefault();
        var sort = header is not null && ColumnSorts.TryGetValue(header.SortBy, out var chosen)
            ? chosen
            : OpportunitySort.ExpectedClose;
        var query = Filter.ToQuery(PipelineId, Today, sort, header?.Descending ?? false, state.Page, state.PageSize);
        var page = await Opportunities.SearchAsync(query, cancellationToken);

        return new GridData<OpportunityRow> { Items = page.Items, TotalItems = page.TotalCount };
    }

    private async Task OnColumnToggledAsync(string key, bool on)
    {
        var shown = _shown.ToHashSet();
        if (!(on ? shown.Add(key) : shown.Remove(key)))
        {
            return;
        }

        _shown = shown;
        await Preferences.SaveListColumnsAsync([.. ListColumns.Optional.Where(shown.Contains)]);
    }

    private void OnRowClicked(DataGridRowClickEventArgs<OpportunityRow> args) =>
        Navigation.NavigateTo(UrlOf(args.Item));

    private static string UrlOf(OpportunityRow row) => RecordUrls.For(new RecordLink(RecordKind.Opportunity, row.Id));

    private bool IsOverdue(OpportunityRow row) => row.Status == OpportunityStatus.Open && row.ExpectedCloseDate < Today;

    private static string Money(Money? money) =>
        money is { } value ? MoneyText.Format(value, CultureInfo.CurrentCulture) : "—";

    private string LocalDay(DateTime utc) => Zone.ToLocal(utc).ToString("d", CultureInfo.CurrentCulture);
}
