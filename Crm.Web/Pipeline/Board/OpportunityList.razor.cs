using System.Globalization;
using Crm.Domain.Common;
using Crm.Domain.Pipeline;
using Crm.Infrastructure.Pipeline.Board;
using Crm.Infrastructure.Pipeline;
using Crm.Web.Common;
using Crm.Web.Currencies;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Crm.Web.Pipeline.Board;

/// <summary>
/// The pipeline as a list: the very cards of the board's live view (same filters, same
/// visibility), sorted and paged in memory so the list changes the moment the board does
/// without a query, and the columns each user chose, remembered on the server
/// (<see cref="IBoardPreferences"/>) so they follow the user to any device.
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
    private BoardView? _shownView;

    /// <summary>The board as the user sees it now; a new instance means something changed.</summary>
    [Parameter, EditorRequired]
    public BoardView View { get; set; } = default!;

    [Parameter]
    public DateOnly Today { get; set; }

    [Parameter]
    public bool Filtered { get; set; }

    [Parameter]
    public EventCallback OnClearFilters { get; set; }

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
        if (_shownView is not null && !ReferenceEquals(_shownView, View) && _grid is not null)
        {
            await _grid.ReloadServerData();
        }
    }

    private bool Shows(string key) => _shown.Contains(key);

    private string ColumnTitle(string key) => key switch
    {
        ListColumns.AmountInBase => Text["Col.AmountInBase", View.BaseCurrency],
        ListColumns.Weighted => Text["Col.Weighted", View.BaseCurrency],
        _ => Text[$"Col.{key}"],
    };

    private Task<GridData<OpportunityRow>> LoadPageAsync(
        GridState<OpportunityRow> state, CancellationToken cancellationToken)
    {
        _shownView = View;
        // Unsorted, the list reads like the board: stage by stage, soonest expected close first.
        var header = state.SortDefinitions.FirstOrDefault();
        var sort = header is not null && ColumnSorts.TryGetValue(header.SortBy, out var chosen)
            ? chosen
            : OpportunitySort.Stage;
        var rows = BoardRows.Sorted(View, sort, header?.Descending ?? false);
        var page = rows.Skip(state.Page * state.PageSize).Take(state.PageSize);

        return Task.FromResult(new GridData<OpportunityRow> { Items = [.. page], TotalItems = rows.Count });
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
        money is { } value ? MoneyText.Whole(value) : "—";

    private string LocalDay(DateTime utc) => Zone.ToLocal(utc).ToString("d", CultureInfo.CurrentCulture);
}
