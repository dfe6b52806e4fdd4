using Crm.Infrastructure.Common;
using Crm.Infrastructure.Customers;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Crm.Web.Contacts;

/// <summary>One contact: how to reach them, their account, and the activities with them.</summary>
public sealed partial class ContactPage
{
    private ContactView? _contact;
    private bool _notFound;

    [Parameter]
    public Guid Id { get; set; }

    [Inject]
    private IContactService Contacts { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private IStringLocalizer<ContactText> Text { get; set; } = default!;

    protected override async Task OnParametersSetAsync()
    {
        if (_contact?.Id != Id)
        {
            await LoadAsync();
        }
    }

    private async Task LoadAsync()
    {
        try
        {
            _contact = await Contacts.GetAsync(Id);
            _notFound = false;
        }
        catch (NotFoundException)
        {
            (_contact, _notFound) = (null, true);
        }
    }

    private async Task OnEditAsync()
    {
        var c = _contact!;
        var parameters = ContactDialogs.EditParameters(c.AccountId, c.Id, c.Version, c.Details);
        if (await ContactDialogs.ShowAsync(Dialogs, Text["Dialog.EditTitle"], parameters) is not null)
        {
            await LoadAsync();
        }
    }

    private async Task OnDeleteAsync()
    {
        var contact = _contact!;
        var confirmed = await Dialogs.ShowMessageBoxAsync(
            Text["Delete.Title"], string.Format(Text["Delete.Message"], contact.Details.Name),
            Text["Action.Delete"], cancelText: Text["Action.Cancel"]);
        if (confirmed != true)
        {
            return;
        }

        try
        {
            await Contacts.DeleteAsync(contact.Id, contact.Version);
        }
        catch (ConcurrencyConflictException)
        {
            Snackbar.Add(Text["Error.conflict"], Severity.Warning);
            await LoadAsync();
            return;
        }

        Snackbar.Add(Text["Deleted"], Severity.Normal, options =>
        {
            options.Action = Text["Action.Undo"];
            options.OnClick = _ => UndoDeleteAsync(contact.Id);
        });
        Navigation.NavigateTo($"/accounts/{contact.AccountId}");
    }

    private async Task UndoDeleteAsync(Guid id)
    {
        await Contacts.RestoreAsync(id);
        Navigation.NavigateTo($"/contacts/{id}");
    }
}
