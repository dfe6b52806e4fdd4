using System.Globalization;
using Crm.Domain.Common;
using Crm.Infrastructure.Pipeline.Board;
using Crm.Infrastructure.Pipeline;
using Crm.Web.Currencies;
using Microsoft.AspNetCore.Components;

namespace Crm.Web.Pipeline.Board;

/// <summary>
/// One stage: its header with count, amount and weighted amount in the base currency over the
/// cards below, a "+" for a new opportunity in open stages, and the cards, fifty at a time.
/// </summary>
public sealed partial class StageColumn
{
    private const int PageSize = 50;

    private int _shownCount = PageSize;

    [CascadingParameter]
    private BoardSurface Surface { get; set; } = default!;

    [Parameter, EditorRequired]
    public BoardColumn Column { get; set; } = default!;

    [Parameter, EditorRequired]
    public IReadOnlyList<BoardCard> Cards { get; set; } = [];

    [Parameter, EditorRequired]
    public StageTotals Totals { get; set; } = default!;

    /// <summary>A dragged or carried card would land here.</summary>
    [Parameter]
    public bool IsDropTarget { get; set; }

    private string ColumnClass =>
        "crm-board-column"
        + (IsDropTarget ? " crm-board-column-target" : "")
        + (Column.IsClosing ? " crm-board-column-closing" : "");

    private string Summary =>
        Text["Column.Summary", Totals.Count, Full(Totals.AmountInBase), Full(Totals.WeightedInBase)];

    private string FullTotals =>
        $"{Full(Totals.AmountInBase)} · {Full(Totals.WeightedInBase)} {Text["Column.Weighted"]}";

    private static string Full(Money money) => MoneyText.Whole(money);

    private static string Compact(Money money) => MoneyText.Compact(money);

    private void OnDragEnter() => Surface.OnColumnDragEnter(Column);

    private Task OnDropAsync() => Surface.OnColumnDropAsync(Column);

    private Task OnAddAsync() => Surface.OnAddAsync(Column);

    private void OnShowMore() => _shownCount += PageSize;
}
