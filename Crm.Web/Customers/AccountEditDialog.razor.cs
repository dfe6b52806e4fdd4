using Crm.Domain.Common;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Customers;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Crm.Web.Customers;

/// <summary>
/// Creates or edits an account. Required fields are checked before anything is sent; rules the
/// server rejects show next to their field in the reader's language, and nothing is saved.
/// Closes with the saved account's id.
/// </summary>
public sealed partial class AccountEditDialog
{
    private static readonly AccountTextField[] TextFields =
    [
        new("Region", 6, 100, InputType.Text, f => f.Region, (f, v) => f.Region = v),
        new("City", 6, 100, InputType.Text, f => f.City, (f, v) => f.City = v),
        new("Phone", 6, 40, InputType.Telephone, f => f.Phone, (f, v) => f.Phone = v),
        new("Email", 6, 254, InputType.Email, f => f.Email, (f, v) => f.Email = v),
        new("Website", 12, 200, InputType.Url, f => f.Website, (f, v) => f.Website = v),
        new("Address", 12, 300, InputType.Text, f => f.Address, (f, v) => f.Address = v),
    ];

    private readonly Dictionary<string, string> _errors = new(StringComparer.OrdinalIgnoreCase);
    private AccountForm _form = new();
    private int _version;
    private IReadOnlyList<OwnerOption> _owners = [];
    private MudAutocomplete<AccountOption>? _parentPicker;
    private MudTextField<string>? _nameField;
    private bool _focused;
    private string? _tagDraft;
    private string? _generalError;
    private bool _conflict;
    private bool _loading = true;
    private bool _saving;

    [CascadingParameter]
    private IMudDialogInstance Dialog { get; set; } = default!;

    /// <summary>The account to edit; null creates a new one.</summary>
    [Parameter]
    public Guid? AccountId { get; set; }

    [Inject]
    private IAccountService Accounts { get; set; } = default!;

    [Inject]
    private IAccountLookups Lookups { get; set; } = default!;

    [Inject]
    private ICurrentUser CurrentUser { get; set; } = default!;

    [Inject]
    private IStringLocalizer<CustomersText> Text { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        try
        {
            _owners = await Lookups.AssignableOwnersAsync();
            await LoadFormAsync();
        }
        catch (NotFoundException)
        {
            _generalError = Text["Error.AccountGone"];
        }
        finally
        {
            _loading = false;
        }
    }

    // The form appears only after loading, later than the dialog's own focus handling.
    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (_focused || _nameField is null)
        {
            return;
        }

        _focused = true;
        await _nameField.FocusAsync();
    }

    private async Task LoadFormAsync()
    {
        if (AccountId is not { } id)
        {
            var me = (await CurrentUser.GetAsync()).UserId;
            _form = new AccountForm { OwnerId = _owners.Any(o => o.Id == me) ? me : _owners.FirstOrDefault()?.Id };
            return;
        }

        var details = await Accounts.GetAsync(id);
        (_form, _version) = (AccountForm.From(details), details.Version);
        if (_owners.All(o => o.Id != details.OwnerId))
        {
            _owners = [.. _owners, new OwnerOption(details.OwnerId, details.OwnerName)];
        }
    }

    private async Task OnKeyDownAsync(KeyboardEventArgs args)
    {
        if (args.Key != "Enter" || args.ShiftKey || _parentPicker?.Open == true)
        {
            return;
        }

        // Enter in the tag box turns the typed text into a tag; anywhere else it saves.
        if (!string.IsNullOrWhiteSpace(_tagDraft))
        {
            CommitTagDraft();
            return;
        }

        await OnSaveClickedAsync();
    }

    private async Task OnSaveClickedAsync()
    {
        CommitTagDraft();
        if (_saving || !CheckRequired())
        {
            return;
        }

        _saving = true;
        try
        {
            var id = await SaveAsync();
            Dialog.Close(DialogResult.Ok(id));
        }
        catch (Exception ex) when (Explain(ex))
        {
        }
        finally
        {
            _saving = false;
        }
    }

    private async Task<Guid> SaveAsync()
    {
        if (AccountId is { } id)
        {
            await Accounts.UpdateAsync(id, _version, _form.ToInput());
            return id;
        }

        return await Accounts.CreateAsync(_form.ToInput());
    }

    // Turns a refusal into words next to the field (or above the form); the input stays as typed.
    private bool Explain(Exception error)
    {
        _errors.Clear();
        (_conflict, _generalError) = (false, null);
        switch (error)
        {
            case DomainException domain when domain.Field is { } field && IsFormField(field):
                _errors[field] = DomainErrorText.For(domain, Text);
                return true;
            case DomainException domain:
                _generalError = DomainErrorText.For(domain, Text);
                return true;
            case ConcurrencyConflictException:
                _conflict = true;
                return true;
            case ForbiddenException:
                _generalError = Text["Error.Forbidden"];
                return true;
            case NotFoundException:
                _generalError = Text["Error.AccountGone"];
                return true;
            default:
                return false;
        }
    }

    private bool CheckRequired()
    {
        _errors.Clear();
        _generalError = null;
        if (string.IsNullOrWhiteSpace(_form.Name))
        {
            _errors["Name"] = Text["Error.Name.required"];
        }

        return _errors.Count == 0;
    }

    private async Task OnReloadClickedAsync()
    {
        _errors.Clear();
        (_conflict, _generalError) = (false, null);
        await LoadFormAsync();
    }

    private void OnCancelClicked() => Dialog.Cancel();

    private void CommitTagDraft()
    {
        _form.AddTag(_tagDraft);
        _tagDraft = null;
    }

    private async Task<IEnumerable<AccountOption>> SearchParentsAsync(
        string? text, CancellationToken cancellationToken)
    {
        var accounts = await Lookups.FindAccountsAsync(text, 20, cancellationToken);

        return accounts.Where(a => a.Id != AccountId);
    }

    private string OwnerName(Guid? id) => _owners.FirstOrDefault(o => o.Id == id)?.Name ?? "";

    private bool HasError(string field) => _errors.ContainsKey(field);

    private string? ErrorOf(string field) => _errors.GetValueOrDefault(field);

    private static bool IsFormField(string field) =>
        field is "Name" or "Kind" or "Industry" or "Tier" or "Owner" or "Parent" or "Tags"
        || TextFields.Any(f => string.Equals(f.Name, field, StringComparison.OrdinalIgnoreCase));

    private sealed record AccountTextField(
        string Name, int Width, int MaxLength, InputType Type, Func<AccountForm, string?> Get,
        Action<AccountForm, string?> Set);
}
