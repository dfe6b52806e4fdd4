using Crm.Domain.Common;
using Crm.Domain.Customers;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Customers;
using Crm.Web.Common;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Crm.Web.Contacts;

/// <summary>
/// Adds a contact to an account, or edits one when <see cref="ContactId"/> is set; closes with the
/// contact's id. Enter in any field saves; errors show next to their field.
/// </summary>
public sealed partial class ContactEditDialog
{
    private readonly FormErrors _errors = new();
    private ContactForm _form = new();
    private bool _saving;

    [CascadingParameter]
    private IMudDialogInstance Dialog { get; set; } = default!;

    [Parameter, EditorRequired]
    public Guid AccountId { get; set; }

    /// <summary>The contact to edit; null adds a new one.</summary>
    [Parameter]
    public Guid? ContactId { get; set; }

    /// <summary>The version the edited details were loaded at.</summary>
    [Parameter]
    public int Version { get; set; }

    [Parameter]
    public ContactDetails? Details { get; set; }

    [Inject]
    private IContactService Contacts { get; set; } = default!;

    [Inject]
    private IStringLocalizer<ContactText> Text { get; set; } = default!;

    protected override void OnInitialized() => _form = ContactForm.From(Details);

    private Task OnKeyDownAsync(KeyboardEventArgs e) =>
        e.Key is "Enter" or "NumpadEnter" ? OnSaveAsync() : Task.CompletedTask;

    private void OnCancel() => Dialog.Cancel();

    private async Task OnSaveAsync()
    {
        _errors.Clear();
        if (_saving || !Validate())
        {
            return;
        }

        _saving = true;
        try
        {
            var id = await SaveAsync(_form.ToDetails());
            Dialog.Close(DialogResult.Ok(id));
        }
        catch (DomainException error)
        {
            _errors.Add(error, Text, ContactForm.Fields);
        }
        catch (Exception error) when (error is ConcurrencyConflictException or NotFoundException or ForbiddenException)
        {
            _errors.SetGeneral(Text[error is ConcurrencyConflictException ? "Error.conflict" : "Error.gone"]);
        }
        finally
        {
            _saving = false;
        }
    }

    private async Task<Guid> SaveAsync(ContactDetails details)
    {
        if (ContactId is not { } id)
        {
            return await Contacts.CreateAsync(AccountId, details);
        }

        await Contacts.UpdateAsync(id, Version, details);

        return id;
    }

    private bool Validate()
    {
        if (string.IsNullOrWhiteSpace(_form.Name))
        {
            _errors.Add("Name", Text["Error.Name.required"]);
        }

        return !_errors.Any;
    }
}
