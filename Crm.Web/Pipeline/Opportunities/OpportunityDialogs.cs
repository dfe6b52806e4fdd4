using Crm.Domain.Pipeline;
using Crm.Infrastructure.Pipeline;
using Crm.Web.Common;
using Crm.Web.Pipeline.Opportunities.Editing;
using Crm.Web.Pipeline.Opportunities.Lines;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Crm.Web.Pipeline.Opportunities;

/// <summary>Opens the opportunity dialogs the same way from every screen.</summary>
internal static class OpportunityDialogs
{
    private static readonly DialogOptions FormOptions = new()
    {
        MaxWidth = MaxWidth.Medium, FullWidth = true, CloseButton = true, CloseOnEscapeKey = true,
        BackdropClick = false, DefaultFocus = DefaultFocus.None,
    };

    private static readonly DialogOptions SmallOptions = new()
    {
        MaxWidth = MaxWidth.Small, FullWidth = true, CloseButton = true, CloseOnEscapeKey = true,
        BackdropClick = false,
    };

    // The conflict must be answered: no close button, no Escape, no click beside it.
    private static readonly DialogOptions ConflictOptions = new()
    {
        MaxWidth = MaxWidth.Medium, FullWidth = true, CloseButton = false, CloseOnEscapeKey = false,
        BackdropClick = false,
    };

    /// <summary>The edit dialog on <paramref name="view"/>; null when cancelled.</summary>
    public static async Task<EditOutcome?> ShowOpportunityEditorAsync(
        this IDialogService dialogs, OpportunityView view, int stageProbability,
        IStringLocalizer<OpportunityText> text)
    {
        var parameters = new DialogParameters<OpportunityEditDialog>
        {
            { d => d.Opportunity, view },
            { d => d.StageProbability, stageProbability },
        };
        var title = text["Dialog.EditTitle"];
        var dialog = await dialogs.ShowAsync<OpportunityEditDialog>(title, parameters, FormOptions);
        var result = await dialog.Result;

        return result is { Canceled: false, Data: EditOutcome outcome } ? outcome : null;
    }

    /// <summary>Asks why and when the opportunity was won or lost; null when cancelled.</summary>
    public static async Task<CloseInfo?> ShowCloseDialogAsync(
        this IDialogService dialogs, StageView stage, UserTimeZone zone, IStringLocalizer<OpportunityText> text)
    {
        var parameters = new DialogParameters<CloseDialog>
        {
            { d => d.Stage, stage },
            { d => d.Today, DateOnly.FromDateTime(zone.Now) },
        };
        var title = text[stage.Outcome == StageOutcome.Won ? "Close.WonTitle" : "Close.LostTitle"];
        var dialog = await dialogs.ShowAsync<CloseDialog>(title, parameters, SmallOptions);
        var result = await dialog.Result;

        return result is { Canceled: false, Data: CloseInfo close } ? close : null;
    }

    /// <summary>Shows their saved changes beside what the user typed, and waits for the choice.</summary>
    public static async Task<ConflictChoice> ShowConflictAsync(
        this IDialogService dialogs, IReadOnlyList<OpportunityFieldChange> theirs,
        IReadOnlyList<TypedChange> yours, string currency, IStringLocalizer<OpportunityText> text)
    {
        var parameters = new DialogParameters<ConflictDialog>
        {
            { d => d.Theirs, theirs },
            { d => d.Yours, yours },
            { d => d.Currency, currency },
        };
        var title = text["Conflict.Heading"];
        var dialog = await dialogs.ShowAsync<ConflictDialog>(title, parameters, ConflictOptions);
        var result = await dialog.Result;

        return result is { Canceled: false, Data: ConflictChoice choice } ? choice : ConflictChoice.Reload;
    }

    /// <summary>Adds a line (<paramref name="line"/> null) or edits one; the version saved, or null.</summary>
    public static async Task<int?> ShowLineDialogAsync(
        this IDialogService dialogs, OpportunityView view, LineView? line, IStringLocalizer<OpportunityText> text)
    {
        var parameters = new DialogParameters<LineDialog>
        {
            { d => d.Opportunity, view },
            { d => d.Line, line },
        };
        var title = text[line is null ? "Line.NewTitle" : "Line.EditTitle"];
        var dialog = await dialogs.ShowAsync<LineDialog>(title, parameters, SmallOptions);
        var result = await dialog.Result;

        return result is { Canceled: false, Data: int version } ? version : null;
    }

    /// <summary>A new opportunity on the account; the new id, or null when cancelled.</summary>
    public static async Task<Guid?> ShowNewOpportunityAsync(
        this IDialogService dialogs, Guid accountId, IStringLocalizer<OpportunityText> text)
    {
        var parameters = new DialogParameters<NewOpportunityDialog> { { d => d.AccountId, accountId } };
        var title = text["Dialog.NewTitle"];
        var dialog = await dialogs.ShowAsync<NewOpportunityDialog>(title, parameters, FormOptions);
        var result = await dialog.Result;

        return result is { Canceled: false, Data: Guid id } ? id : null;
    }
}
