using Crm.Domain.Pipeline;
using Crm.Infrastructure.Pipeline.Board;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Crm.Web.Pipeline.Board;

/// <summary>Opens the board's dialogs the same way wherever a card is moved or added.</summary>
internal static class BoardDialogs
{
    private static readonly DialogOptions Compact = new()
    {
        MaxWidth = MaxWidth.ExtraSmall, FullWidth = true, CloseOnEscapeKey = true, BackdropClick = false,
        CloseButton = true, DefaultFocus = DefaultFocus.FirstChild,
    };

    /// <summary>Asks why and when a card dropped on Won or Lost closed; null when cancelled.</summary>
    public static async Task<CloseInfo?> ShowCloseDialogAsync(
        this IDialogService dialogs, BoardCard card, BoardColumn column, DateOnly today,
        IStringLocalizer<BoardText> text)
    {
        var parameters = new DialogParameters<CloseDialog>
        {
            { d => d.Won, column.Outcome == StageOutcome.Won },
            { d => d.Today, today },
        };
        var key = column.Outcome == StageOutcome.Won ? "Close.WonTitle" : "Close.LostTitle";
        var title = text[key, card.Opportunity.Name];
        var dialog = await dialogs.ShowAsync<CloseDialog>(title, parameters, Compact);
        var result = await dialog.Result;

        return result is { Canceled: false, Data: CloseInfo close } ? close : null;
    }

    /// <summary>The compact form for a new opportunity in an open stage; the created name, or null.</summary>
    public static async Task<string?> ShowQuickAddAsync(
        this IDialogService dialogs, Guid pipelineId, BoardColumn column, DateOnly today,
        IStringLocalizer<BoardText> text)
    {
        var parameters = new DialogParameters<QuickAddDialog>
        {
            { d => d.PipelineId, pipelineId },
            { d => d.StageId, column.StageId },
            { d => d.Today, today },
        };
        var options = new DialogOptions
        {
            MaxWidth = MaxWidth.Small, FullWidth = true, CloseOnEscapeKey = true, BackdropClick = false,
            CloseButton = true, DefaultFocus = DefaultFocus.None,
        };
        var dialog = await dialogs.ShowAsync<QuickAddDialog>(text["QuickAdd.Title", column.Name], parameters, options);
        var result = await dialog.Result;

        return result is { Canceled: false, Data: string name } ? name : null;
    }
}
