using Crm.Domain.Pipeline;
using Crm.Infrastructure.Pipeline;
using Crm.Web.Common;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Crm.Web.Pipeline.Opportunities;

/// <summary>
/// Asks why an opportunity was won or lost and on which day (today by default), before the
/// move to <see cref="Stage"/>. Closes with the <see cref="CloseInfo"/>; nothing is saved here.
/// Ctrl+Enter confirms.
/// </summary>
public sealed partial class CloseDialog
{
    private readonly FormErrors _errors = new();
    private string? _reason;
    private string? _closedOn;

    [CascadingParameter]
    private IMudDialogInstance Dialog { get; set; } = default!;

    [Parameter, EditorRequired]
    public StageView Stage { get; set; } = default!;

    /// <summary>The user's date today: the default close day and the latest one allowed.</summary>
    [Parameter, EditorRequired]
    public DateOnly Today { get; set; }

    [Inject]
    private IStringLocalizer<OpportunityText> Text { get; set; } = default!;

    private bool IsWon => Stage.Outcome == StageOutcome.Won;

    protected override void OnInitialized() => _closedOn = DateText.Iso(Today);

    private void OnKeyDown(KeyboardEventArgs args)
    {
        if (args.Key is "Enter" or "NumpadEnter" && (args.CtrlKey || args.MetaKey))
        {
            OnConfirm();
        }
    }

    private void OnCancel() => Dialog.Cancel();

    private void OnConfirm()
    {
        _errors.Clear();
        var day = DateText.ParseIso(_closedOn);
        if (string.IsNullOrWhiteSpace(_reason))
        {
            _errors.Add("CloseReason", Text["Error.CloseReason.required"]);
        }

        if (day is not { } closedOn || closedOn > Today)
        {
            _errors.Add("ClosedOn", Text["Error.ClosedOn.invalid"]);
        }

        if (!_errors.Any)
        {
            Dialog.Close(DialogResult.Ok(new CloseInfo(_reason!.Trim(), day!.Value)));
        }
    }
}
