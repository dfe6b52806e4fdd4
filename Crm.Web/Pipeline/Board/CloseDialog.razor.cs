using System.Globalization;
using Crm.Domain.Pipeline;
using Crm.Web.Common;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Crm.Web.Pipeline.Board;

/// <summary>
/// Why an opportunity was won or lost and on which day (today in the user's time zone unless
/// changed). Closes with the <see cref="CloseInfo"/> to save; checks what it can before that.
/// </summary>
public sealed partial class CloseDialog
{
    private readonly FormErrors _errors = new();
    private string? _reason;
    private string? _day;

    [CascadingParameter]
    private IMudDialogInstance Dialog { get; set; } = default!;

    [Parameter]
    public bool Won { get; set; }

    [Parameter]
    public DateOnly Today { get; set; }

    [Inject]
    private IStringLocalizer<BoardText> Text { get; set; } = default!;

    protected override void OnInitialized() => _day = Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private void OnCancel() => Dialog.Cancel();

    private void OnSave()
    {
        _errors.Clear();
        var reason = _reason?.Trim();
        if (string.IsNullOrEmpty(reason))
        {
            _errors.Add("CloseReason", Text["Error.CloseReason.required"]);
        }

        var parsed = DateOnly.TryParseExact(
            _day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day);
        if (!parsed || day > Today)
        {
            _errors.Add("ClosedOn", Text["Error.ClosedOn.invalid"]);
        }

        if (!_errors.Any)
        {
            Dialog.Close(DialogResult.Ok(new CloseInfo(reason!, day)));
        }
    }
}
