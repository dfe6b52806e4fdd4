using Crm.Infrastructure.Pipeline.Board;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.JSInterop;

namespace Crm.Web.Pipeline.Board;

/// <summary>
/// Moving a card without a mouse: Enter or Space picks the focused card up, Left and Right
/// choose the stage, Enter or Space drops it there and Escape puts it down where it was. A
/// screen reader hears each step; focus stays on the card when it lands in its new column.
/// </summary>
public sealed partial class BoardSurface
{
    private Guid? _carrying;
    private int _carryIndex;
    private Guid? _focusAfterRender;

    internal bool IsCarried(BoardCard card) => _carrying == card.Id;

    internal BoardColumn? CarryTarget => _carrying is null ? null : Columns.ElementAtOrDefault(_carryIndex);

    internal async Task OnCardKeyDownAsync(BoardCard card, KeyboardEventArgs e)
    {
        if (_carrying is null)
        {
            if (IsPickKey(e.Key) && CanMove && !IsSaving(card))
            {
                PickUp(card);
            }

            return;
        }

        if (_carrying != card.Id)
        {
            return;
        }

        switch (e.Key)
        {
            case "ArrowLeft" or "ArrowUp":
                Aim(-1);
                break;
            case "ArrowRight" or "ArrowDown":
                Aim(1);
                break;
            case "Escape" or "Esc":
                PutBack(card);
                break;
            case var key when IsPickKey(key):
                await DropCarriedAsync(card);
                break;
        }
    }

    private static bool IsPickKey(string key) => key is "Enter" or "NumpadEnter" or " " or "Spacebar";

    private void PickUp(BoardCard card)
    {
        var columns = Columns;
        _carrying = card.Id;
        _carryIndex = Math.Max(0, columns.ToList().FindIndex(c => c.StageId == ShownStage(card)));
        Announce(Text["Keyboard.PickedUp", card.Opportunity.Name, columns[_carryIndex].Name]);
        StateHasChanged();
    }

    private void Aim(int step)
    {
        _carryIndex = Math.Clamp(_carryIndex + step, 0, Columns.Count - 1);
        Announce(Text["Keyboard.Over", Columns[_carryIndex].Name]);
        StateHasChanged();
    }

    private void PutBack(BoardCard card)
    {
        _carrying = null;
        Announce(Text["Keyboard.Cancelled", card.Opportunity.Name]);
        StateHasChanged();
    }

    private async Task DropCarriedAsync(BoardCard card)
    {
        var target = CarryTarget;
        _carrying = null;
        if (target is null || target.StageId == ShownStage(card))
        {
            PutBack(card);
            return;
        }

        await MoveAsync(card, target);
    }

    // A card that changed columns is a new element; give it back the focus it had.
    private async Task FocusAfterMoveAsync()
    {
        if (_focusAfterRender is not { } id || _module is null)
        {
            return;
        }

        _focusAfterRender = null;
        await _module.InvokeVoidAsync("focusCard", _root, id.ToString());
    }
}
