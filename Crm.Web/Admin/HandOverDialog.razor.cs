using Crm.Infrastructure.Admin;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Crm.Web.Admin;

public sealed partial class HandOverDialog
{
    private FieldErrors _errors = default!;
    private Guid? _receiverId;
    private HandOverResult? _result;
    private bool _saving;

    [CascadingParameter]
    private IMudDialogInstance Dialog { get; set; } = default!;

    [Parameter, EditorRequired]
    public AdminUserRow From { get; set; } = default!;

    /// <summary>Active users other than <see cref="From"/>.</summary>
    [Parameter, EditorRequired]
    public IReadOnlyList<AdminUserRow> Receivers { get; set; } = [];

    protected override void OnInitialized()
    {
        _errors = new FieldErrors(Text);
        _receiverId = Receivers.Count == 1 ? Receivers[0].Id : null;
    }

    private string ReceiverName(Guid? id) => Receivers.FirstOrDefault(u => u.Id == id)?.DisplayName ?? "";

    private void OnCancelClicked() => Dialog.Cancel();

    private void OnCloseClicked() => Dialog.Close(DialogResult.Ok(_result));

    private async Task OnSubmitAsync()
    {
        _errors.Clear();
        if (_receiverId is not { } receiverId)
        {
            _errors.Add("Receiver", "Receiver.required");
            return;
        }

        _saving = true;
        try
        {
            _result = await Admin.HandOverAsync(From.Id, receiverId);
        }
        catch (Exception ex) when (_errors.Show(ex))
        {
            // Shown above or next to the receiver.
        }
        finally
        {
            _saving = false;
        }
    }
}
