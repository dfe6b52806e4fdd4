using System.Globalization;
using Crm.Domain.Common;
using Crm.Infrastructure.Pipeline;
using Crm.Infrastructure.Pipeline.Board;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Microsoft.JSInterop;
using MudBlazor;

namespace Crm.Web.Pipeline.Board;

/// <summary>
/// The columns of one board and everything done on them: drag and drop, the keyboard,
/// the "Move to…" menu, quick add, and the saves those make. A card being moved shows in its
/// new column at once and stays there once the live board confirms the save; a refused save
/// (someone moved it first, it is gone) puts it back where the board says it is.
/// </summary>
public sealed partial class BoardSurface : IAsyncDisposable
{
    /// <summary>How long after a move the card says who moved it; the fading itself is CSS.</summary>
    internal static readonly TimeSpan HintWindow = TimeSpan.FromSeconds(8);

    private readonly Dictionary<Guid, PendingMove> _pending = [];
    private IReadOnlyList<BoardColumnView> _shown = [];
    private ElementReference _root;
    private IJSObjectReference? _module;
    private string? _announcement;
    private string? _notice;

    [Parameter, EditorRequired]
    public BoardView View { get; set; } = default!;

    /// <summary>The signed-in user: moves they made themselves carry no "moved by" hint.</summary>
    [Parameter]
    public Guid Me { get; set; }

    [Parameter]
    public DateOnly Today { get; set; }

    /// <summary>Whether filters narrow the board (an empty board then offers to clear them).</summary>
    [Parameter]
    public bool Filtered { get; set; }

    [Parameter]
    public EventCallback OnClearFilters { get; set; }

    [Inject]
    private IOpportunityService Opportunities { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    [Inject]
    private IStringLocalizer<BoardText> Text { get; set; } = default!;

    internal IReadOnlyList<BoardColumn> Columns => [.. View.Columns.Select(c => c.Column)];

    internal bool CanMove => View.CanMove;

    public async ValueTask DisposeAsync()
    {
        if (_module is not null)
        {
            try
            {
                await _module.DisposeAsync();
            }
            catch (Exception exception) when (exception is JSDisconnectedException or TaskCanceledException)
            {
                // The circuit is gone, and the module with it.
            }
        }
    }

    /// <summary>The stage a card shows in: where it is being moved, else where the board has it.</summary>
    internal Guid ShownStage(BoardCard card) =>
        _pending.TryGetValue(card.Id, out var move) ? move.StageId : card.StageId;

    internal bool IsSaving(BoardCard card) => _pending.TryGetValue(card.Id, out var move) && move.SavedVersion is null;

    /// <summary>"陈丽 刚刚移动" on a card someone else moved moments ago; null otherwise.</summary>
    internal string? HintFor(BoardCard card)
    {
        var move = card.LastMove;
        if (move.ById == Me || Clock.GetUtcNow().UtcDateTime - move.At > HintWindow || move.ByName.Length == 0)
        {
            return null;
        }

        return move.IsCreation ? Text["Card.AddedBy", move.ByName] : Text["Card.MovedBy", move.ByName];
    }

    internal string DayText(DateOnly day) =>
        day.ToString(day.Year == Today.Year ? Text["Card.DateFormat"] : Text["Card.DateFormatWithYear"],
            CultureInfo.CurrentCulture);

    protected override void OnParametersSet()
    {
        ForgetConfirmedMoves();
        Reshape();
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender)
        {
            _module = await JS.InvokeAsync<IJSObjectReference>("import", "./Pipeline/Board/BoardSurface.razor.js");
            if (_module is not null)
            {
                await _module.InvokeVoidAsync("attach", _root);
            }
        }

        await FocusAfterMoveAsync();
    }

    private void OnNoticeClosed() => _notice = null;

    // A saved move is confirmed once the board holds that version (or no longer shows the card).
    private void ForgetConfirmedMoves()
    {
        foreach (var (id, move) in _pending.Where(p => p.Value.SavedVersion is not null).ToList())
        {
            if (View.Find(id) is not { } card || card.Version >= move.SavedVersion)
            {
                _pending.Remove(id);
            }
        }
    }

    // Cards being moved show at the top of their new column; totals follow what is shown.
    private void Reshape()
    {
        if (_pending.Count == 0)
        {
            _shown = View.Columns;
            return;
        }

        var moving = View.Columns.SelectMany(c => c.Cards).Where(c => _pending.ContainsKey(c.Id)).ToList();
        _shown =
        [
            .. View.Columns.Select(column =>
            {
                var cards = moving.Where(c => _pending[c.Id].StageId == column.Column.StageId)
                    .Concat(column.Cards.Where(c => !_pending.ContainsKey(c.Id)))
                    .ToList();

                return new BoardColumnView(column.Column, cards, TotalsOf(column.Column.StageId, cards));
            }),
        ];
    }

    private StageTotals TotalsOf(Guid stageId, IReadOnlyList<BoardCard> cards) =>
        new(stageId, cards.Count,
            new Money(cards.Sum(c => c.Opportunity.AmountInBase?.MinorUnits ?? 0), View.BaseCurrency),
            new Money(cards.Sum(c => c.Opportunity.WeightedInBase?.MinorUnits ?? 0), View.BaseCurrency));

    private void Announce(string text) => _announcement = text;

    /// <summary>A move on its way: to which stage, and the version saved once the save returned.</summary>
    private sealed record PendingMove(Guid StageId, int? SavedVersion);
}
