using Crm.Infrastructure.Common;
using Crm.Infrastructure.Customers;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Crm.Web.Contacts;

/// <summary>The people at an account: how to reach them, who is primary, and adding or editing them.</summary>
public sealed partial class AccountContacts
{
    private IReadOnlyList<ContactRow>? _contacts;
    private Guid _loadedFor;

    [Parameter, EditorRequired]
    public Guid AccountId { get; set; }

    [Parameter]
    public bool CanEdit { get; set; }

    [Inject]
    private IContactService Contacts { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private IStringLocalizer<ContactText> Text { get; set; } = default!;

    protected override async Task OnParametersSetAsync()
    {
        if (_loadedFor != AccountId)
        {
            await LoadAsync();
        }
    }

    private async Task LoadAsync()
    {
        _loadedFor = AccountId;
        try
        {
            _contacts = await Contacts.ListByAccountAsync(AccountId);
        }
        catch (NotFoundException)
        {
            _contacts = [];
        }
    }

    private async Task OnAddAsync()
    {
        var parameters = new DialogParameters<ContactEditDialog> { { d => d.AccountId, AccountId } };
        if (await ContactDialogs.ShowAsync(Dialogs, Text["Dialog.NewTitle"], parameters) is not null)
        {
            Snackbar.Add(Text["Saved"], Severity.Success);
            await LoadAsync();
        }
    }

    private async Task OnEditAsync(ContactRow contact)
    {
        var parameters = ContactDialogs.EditParameters(contact);
        if (await ContactDialogs.ShowAsync(Dialogs, Text["Dialog.EditTitle"], parameters) is not null)
        {
            await LoadAsync();
        }
    }

    private async Task OnMarkPrimaryAsync(ContactRow contact)
    {
        try
        {
            await Contacts.MarkPrimaryAsync(contact.Id);
        }
        catch (NotFoundException)
        {
            Snackbar.Add(Text["Error.gone"], Severity.Warning);
        }

        await LoadAsync();
    }
}
