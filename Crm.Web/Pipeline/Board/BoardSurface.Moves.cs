using Crm.Domain.Common;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Pipeline;
using Crm.Infrastructure.Pipeline.Board;

namespace Crm.Web.Pipeline.Board;

public sealed partial class BoardSurface
{
    private BoardCard? _dragged;

    /// <summary>The column a dragged or carried card would land in, for its highlight.</summary>
    private Guid? DropTarget => _dragged is not null ? _dragTarget : CarryTarget?.StageId;

    private Guid? _dragTarget;

    internal void OnCardDragStart(BoardCard card)
    {
        if (CanMove)
        {
            (_dragged, _dragTarget) = (card, null);
        }
    }

    internal void OnCardDragEnd()
    {
        (_dragged, _dragTarget) = (null, null);
        StateHasChanged();
    }

    internal void OnColumnDragEnter(BoardColumn column)
    {
        if (_dragged is not null && _dragTarget != column.StageId)
        {
            _dragTarget = column.StageId;
            StateHasChanged();
        }
    }

    internal async Task OnColumnDropAsync(BoardColumn column)
    {
        var card = _dragged;
        (_dragged, _dragTarget) = (null, null);
        if (card is not null)
        {
            await MoveAsync(card, column);
        }
    }

    /// <summary>The "Move to…" menu of a card: the same move as a drop, for keyboards and phones.</summary>
    internal Task OnMoveChosenAsync(BoardCard card, BoardColumn column) => MoveAsync(card, column);

    internal async Task OnAddAsync(BoardColumn column)
    {
        if (await Dialogs.ShowQuickAddAsync(View.PipelineId, column, Today, Text) is { } name)
        {
            Announce(Text["QuickAdd.Created", name]);
            StateHasChanged();
        }
    }

    /// <summary>
    /// Moves the card with the version it was shown at. Won and Lost first ask why and when;
    /// cancelling there puts the card back. Refusals leave a notice and the card where the
    /// board has it.
    /// </summary>
    private async Task MoveAsync(BoardCard card, BoardColumn column)
    {
        if (!CanMove || ShownStage(card) == column.StageId || IsSaving(card))
        {
            return;
        }

        Show(card, new PendingMove(column.StageId, null));
        var close = column.IsClosing ? await Dialogs.ShowCloseDialogAsync(card, column, Today, Text) : null;
        if (column.IsClosing && close is null)
        {
            Forget(card, Text["Keyboard.Cancelled", card.Opportunity.Name]);
            return;
        }

        try
        {
            var version = await Opportunities.MoveToStageAsync(card.Id, card.Version, column.StageId, close);
            Show(card, new PendingMove(column.StageId, version));
            Announce(Text["Keyboard.Dropped", card.Opportunity.Name, column.Name]);
            _focusAfterRender = card.Id;
        }
        catch (Exception error) when (IsRefusal(error))
        {
            _notice = await RefusalAsync(card, error);
            Forget(card, _notice);
        }
    }

    private void Show(BoardCard card, PendingMove move)
    {
        _pending[card.Id] = move;
        Reshape();
        StateHasChanged();
    }

    private void Forget(BoardCard card, string announcement)
    {
        _pending.Remove(card.Id);
        Announce(announcement);
        _focusAfterRender = card.Id;
        Reshape();
        StateHasChanged();
    }

    private static bool IsRefusal(Exception error) =>
        error is ConcurrencyConflictException or NotFoundException or ForbiddenException or DomainException;

    private async Task<string> RefusalAsync(BoardCard card, Exception error)
    {
        var name = card.Opportunity.Name;

        return error switch
        {
            ConcurrencyConflictException => await ConflictNoticeAsync(card),
            NotFoundException => Text["Move.Gone", name],
            ForbiddenException => Text["Move.Forbidden", name],
            _ => Text["Move.Failed", name, ErrorText((DomainException)error)],
        };
    }

    private string ErrorText(DomainException error)
    {
        var text = Text[$"Error.{error.Code}"];

        return text.ResourceNotFound ? Text["Error.invalid"] : text;
    }

    // Says where the card really is now, read afresh: the live board may be a moment behind.
    private async Task<string> ConflictNoticeAsync(BoardCard card)
    {
        try
        {
            var now = await Opportunities.GetCardAsync(card.Id);
            var stage = Columns.FirstOrDefault(c => c.StageId == now.StageId)?.Name ?? "";

            return Text["Move.Conflict", card.Opportunity.Name, stage];
        }
        catch (NotFoundException)
        {
            return Text["Move.ConflictGone", card.Opportunity.Name];
        }
    }
}
