using Crm.Domain.Teams;
using Crm.Infrastructure.Admin;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Crm.Web.Admin;

public sealed partial class UsersPage
{
    private static readonly DialogOptions DialogOptions = new() { MaxWidth = MaxWidth.Small, FullWidth = true };

    private IReadOnlyList<AdminUserRow> _users = [];
    private IReadOnlyList<AdminTeamRow> _teams = [];
    private bool _loading = true;
    private string? _search;
    private Guid? _teamFilter;
    private UserStatus _statusFilter = UserStatus.All;

    internal enum UserStatus
    {
        All,
        Active,
        Inactive,
        Invited,
    }

    [Inject]
    private IUserAdminService Admin { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    private IEnumerable<AdminUserRow> FilteredUsers => _users.Where(u =>
        (_teamFilter is null || u.TeamId == _teamFilter)
        && Matches(u, _search)
        && HasStatus(u, _statusFilter));

    protected override Task OnInitializedAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        _loading = true;
        _users = await Admin.ListUsersAsync();
        _teams = await Admin.ListTeamsAsync();
        _loading = false;
    }

    private async Task OnInviteClickedAsync()
    {
        var parameters = new DialogParameters<InviteUserDialog> { { d => d.Teams, _teams } };
        var dialog = await Dialogs.ShowAsync<InviteUserDialog>(Text["Invite.Title"], parameters, DialogOptions);
        if (await dialog.GetReturnValueAsync<InvitationResult>() is not { } result)
        {
            return;
        }

        await LoadAsync();
        var name = _users.FirstOrDefault(u => u.Id == result.UserId)?.Email ?? "";
        Snackbar.Add(string.Format(Text[result.MailSent ? "Invite.Sent" : "Invite.MailFailed"], name),
            result.MailSent ? Severity.Success : Severity.Warning);
    }

    private async Task OnEditClickedAsync(AdminUserRow user)
    {
        var parameters = new DialogParameters<EditUserDialog> { { d => d.User, user }, { d => d.Teams, _teams } };
        var dialog = await Dialogs.ShowAsync<EditUserDialog>(user.DisplayName, parameters, DialogOptions);
        if (await dialog.GetReturnValueAsync<bool>())
        {
            await LoadAsync();
            Snackbar.Add(string.Format(Text["Edit.Saved"], user.DisplayName), Severity.Success);
        }
    }

    private async Task OnHandOverClickedAsync(AdminUserRow user)
    {
        var receivers = _users.Where(u => u.IsActive && u.Id != user.Id).ToList();
        var parameters = new DialogParameters<HandOverDialog>
        {
            { d => d.From, user },
            { d => d.Receivers, receivers },
        };
        var dialog = await Dialogs.ShowAsync<HandOverDialog>(user.DisplayName, parameters, DialogOptions);
        await dialog.Result;
    }

    private async Task OnDeactivateClickedAsync(AdminUserRow user)
    {
        var confirmed = await Dialogs.ShowMessageBoxAsync(
            string.Format(Text["Deactivate.Title"], user.DisplayName),
            string.Format(Text["Deactivate.Body"], user.DisplayName),
            yesText: Text["Deactivate.Confirm"], cancelText: Text["Dialog.Cancel"]);
        if (confirmed == true)
        {
            await RunAsync(() => Admin.DeactivateAsync(user.Id, user.Version), "Deactivate.Done", user);
        }
    }

    private Task OnReactivateClickedAsync(AdminUserRow user) =>
        RunAsync(() => Admin.ReactivateAsync(user.Id, user.Version), "Reactivate.Done", user);

    private Task OnResendClickedAsync(AdminUserRow user) =>
        RunAsync(() => Admin.ResendInvitationAsync(user.Id), "Invite.Resent", user);

    /// <summary>Runs a one-click action, reloads, and says what happened or why it did not.</summary>
    private async Task RunAsync(Func<Task> action, string doneKey, AdminUserRow user)
    {
        var errors = new FieldErrors(Text);
        try
        {
            await action();
            Snackbar.Add(string.Format(Text[doneKey], user.DisplayName), Severity.Success);
        }
        catch (Exception ex) when (errors.Show(ex))
        {
            Snackbar.Add(errors.General ?? Text["Error.Invalid"], Severity.Error);
        }

        await LoadAsync();
    }

    private string TeamFilterName(Guid? id) =>
        id is null ? Text["Users.AllTeams"] : _teams.FirstOrDefault(t => t.Id == id)?.Name ?? "";

    private static bool Matches(AdminUserRow user, string? search) =>
        string.IsNullOrWhiteSpace(search)
        || user.DisplayName.Contains(search.Trim(), StringComparison.CurrentCultureIgnoreCase)
        || user.Email.Contains(search.Trim(), StringComparison.OrdinalIgnoreCase);

    private static bool HasStatus(AdminUserRow user, UserStatus status) => status switch
    {
        UserStatus.Active => user.IsActive,
        UserStatus.Inactive => !user.IsActive,
        UserStatus.Invited => user.IsActive && user.InvitationPending,
        _ => true,
    };

    private static UserStatus StatusOf(AdminUserRow user) => user switch
    {
        { IsActive: false } => UserStatus.Inactive,
        { InvitationPending: true } => UserStatus.Invited,
        _ => UserStatus.Active,
    };

    private static Color StatusColor(AdminUserRow user) => StatusOf(user) switch
    {
        UserStatus.Active => Color.Success,
        UserStatus.Invited => Color.Info,
        _ => Color.Default,
    };

    private static Color AvailabilityColor(Availability availability) => availability switch
    {
        Availability.Available => Color.Success,
        Availability.Away => Color.Warning,
        Availability.Offline => Color.Dark,
        _ => Color.Default,
    };
}
