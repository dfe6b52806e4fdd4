using Crm.Infrastructure.Common;
using Crm.Infrastructure.Customers;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Crm.Web.Customers;

/// <summary>
/// The customer 360 view: header with actions, profile, and the account's timeline, contacts,
/// follow-ups, opportunities and tickets. Unknown, deleted and invisible ids show "not found".
/// </summary>
public sealed partial class AccountPage
{
    private AccountDetails? _account;
    private bool _notFound;
    private Guid _loadedId;

    [Parameter]
    public Guid Id { get; set; }

    [Inject]
    private IAccountService Accounts { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private IStringLocalizer<CustomersText> Text { get; set; } = default!;

    [Inject]
    private Common.UserTimeZone Zone { get; set; } = default!;

    protected override Task OnInitializedAsync() => Zone.LoadAsync();

    protected override async Task OnParametersSetAsync()
    {
        if (Id == _loadedId && (_account is not null || _notFound))
        {
            return;
        }

        _loadedId = Id;
        (_account, _notFound) = (null, false);
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        try
        {
            _account = await Accounts.GetAsync(Id);
        }
        catch (NotFoundException)
        {
            _notFound = true;
        }
    }

    private async Task OnEditClickedAsync()
    {
        if (await Dialogs.ShowAccountEditorAsync(Id, Text) is not null)
        {
            await LoadAsync();
        }
    }

    private async Task OnDeleteClickedAsync()
    {
        if (_account is null || !await ConfirmDeleteAsync(_account.Profile.Name))
        {
            return;
        }

        try
        {
            await Accounts.DeleteAsync(Id, _account.Version);
        }
        catch (ConcurrencyConflictException)
        {
            Snackbar.Add(Text["Account.DeleteConflict"], Severity.Warning);
            await LoadAsync();
            return;
        }

        OfferUndo(Id, _account.Profile.Name);
        Navigation.NavigateTo("/accounts");
    }

    private async Task<bool> ConfirmDeleteAsync(string name)
    {
        var answer = await Dialogs.ShowMessageBoxAsync(
            Text["Account.DeleteTitle"], string.Format(Text["Account.DeleteConfirm"], name),
            yesText: Text["Account.Delete"], cancelText: Text["Dialog.Cancel"]);

        return answer == true;
    }

    private void OfferUndo(Guid id, string name) =>
        Snackbar.Add(string.Format(Text["Account.Deleted"], name), Severity.Normal, options =>
        {
            options.Action = Text["Account.Undo"];
            options.ActionColor = Color.Primary;
            options.OnClick = _ => UndoDeleteAsync(id);
        });

    // Runs from the snackbar after this page is gone, so it only uses circuit-wide services.
    private async Task UndoDeleteAsync(Guid id)
    {
        try
        {
            await Accounts.RestoreAsync(id);
            Navigation.NavigateTo($"/accounts/{id}");
        }
        catch (Exception ex) when (ex is NotFoundException or ForbiddenException or Domain.Common.DomainException)
        {
            Snackbar.Add(Text["Account.UndoFailed"], Severity.Error);
        }
    }
}
