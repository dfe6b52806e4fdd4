using Crm.Domain.Customers;
using Crm.Infrastructure.Customers;
using MudBlazor;

namespace Crm.Web.Contacts;

/// <summary>Opens <see cref="ContactEditDialog"/> the same way from every page.</summary>
internal static class ContactDialogs
{
    private static readonly DialogOptions Options = new()
    {
        MaxWidth = MaxWidth.Small,
        FullWidth = true,
        CloseButton = true,
        CloseOnEscapeKey = true,
    };

    /// <summary>Returns the saved contact's id, or null when the dialog was cancelled.</summary>
    public static async Task<Guid?> ShowAsync(
        IDialogService dialogs, string title, DialogParameters<ContactEditDialog> parameters)
    {
        var dialog = await dialogs.ShowAsync<ContactEditDialog>(title, parameters, Options);
        var result = await dialog.Result;

        return result is { Canceled: false, Data: Guid id } ? id : null;
    }

    public static DialogParameters<ContactEditDialog> EditParameters(ContactRow contact) =>
        EditParameters(contact.AccountId, contact.Id, contact.Version, new ContactDetails(
            contact.Name, contact.Title, contact.Phone, contact.Mobile, contact.Email, contact.WeChatId));

    public static DialogParameters<ContactEditDialog> EditParameters(
        Guid accountId, Guid contactId, int version, ContactDetails details) => new()
    {
        { d => d.AccountId, accountId },
        { d => d.ContactId, contactId },
        { d => d.Version, version },
        { d => d.Details, details },
    };
}
