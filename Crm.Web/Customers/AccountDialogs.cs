using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Crm.Web.Customers;

/// <summary>Opens the account dialog the same way from every screen.</summary>
public static class AccountDialogs
{
    /// <summary>
    /// Shows <see cref="AccountEditDialog"/> to create (<paramref name="accountId"/> null) or edit an
    /// account. Returns the saved account's id, or null when the user cancelled.
    /// </summary>
    public static async Task<Guid?> ShowAccountEditorAsync(
        this IDialogService dialogs, Guid? accountId, IStringLocalizer<CustomersText> text)
    {
        var parameters = new DialogParameters<AccountEditDialog> { { d => d.AccountId, accountId } };
        var options = new DialogOptions
        {
            MaxWidth = MaxWidth.Medium, FullWidth = true, CloseOnEscapeKey = true, BackdropClick = false,
            CloseButton = true, DefaultFocus = DefaultFocus.None,
        };
        var title = text[accountId is null ? "Dialog.NewTitle" : "Dialog.EditTitle"];
        var dialog = await dialogs.ShowAsync<AccountEditDialog>(title, parameters, options);
        var result = await dialog.Result;

        return result is { Canceled: false, Data: Guid id } ? id : null;
    }
}
