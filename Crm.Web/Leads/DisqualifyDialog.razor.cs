using Crm.Domain.Leads;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Crm.Web.Leads;

/// <summary>Asks why a lead is disqualified; closes with a <see cref="Disqualification"/>.</summary>
public sealed partial class DisqualifyDialog
{
    private DisqualificationReason? _reason;
    private string? _note;
    private string? _reasonError;
    private string? _noteError;

    [CascadingParameter]
    private IMudDialogInstance Dialog { get; set; } = default!;

    // The lead's own rules, checked before closing: a reason, and a note for "other".
    private void OnConfirmClicked()
    {
        _reasonError = _reason is null ? Text["Error.Reason.invalid"].Value : null;
        _noteError = _reason == DisqualificationReason.Other && string.IsNullOrWhiteSpace(_note)
            ? Text["Error.Note.required"].Value
            : null;
        if (_reasonError is null && _noteError is null)
        {
            Dialog.Close(DialogResult.Ok(new Disqualification(_reason!.Value, _note)));
        }
    }
}
