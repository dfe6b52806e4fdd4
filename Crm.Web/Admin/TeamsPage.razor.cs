using Crm.Domain.Teams;
using Crm.Infrastructure.Admin;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Crm.Web.Admin;

public sealed partial class TeamsPage
{
    private static readonly DialogOptions DialogOptions = new() { MaxWidth = MaxWidth.Small, FullWidth = true };

    private IReadOnlyList<AdminTeamRow> _teams = [];
    private IReadOnlyList<AdminUserRow> _managers = [];
    private bool _loading = true;

    [Inject]
    private IUserAdminService Admin { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    protected override Task OnInitializedAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        _loading = true;
        _teams = await Admin.ListTeamsAsync();
        _managers = (await Admin.ListUsersAsync()).Where(u => u.IsActive).ToList();
        _loading = false;
    }

    private static Color KindColor(TeamKind kind) => kind == TeamKind.Sales ? Color.Primary : Color.Secondary;

    private Task OnCreateClickedAsync() => OpenAsync(null);

    private Task OnEditClickedAsync(AdminTeamRow team) => OpenAsync(team);

    private async Task OpenAsync(AdminTeamRow? team)
    {
        var parameters = new DialogParameters<TeamDialog> { { d => d.Team, team }, { d => d.Managers, _managers } };
        var title = team?.Name ?? Text["Team.CreateTitle"];
        var dialog = await Dialogs.ShowAsync<TeamDialog>(title, parameters, DialogOptions);
        if (await dialog.GetReturnValueAsync<string>() is { } name)
        {
            await LoadAsync();
            Snackbar.Add(string.Format(Text["Team.Saved"], name), Severity.Success);
        }
    }
}
