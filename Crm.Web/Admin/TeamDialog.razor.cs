using Crm.Domain.Teams;
using Crm.Infrastructure.Admin;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Crm.Web.Admin;

public sealed partial class TeamDialog
{
    private FieldErrors _errors = default!;
    private string _name = "";
    private TeamKind _kind = TeamKind.Sales;
    private string _region = "";
    private Guid? _managerId;
    private bool _saving;

    [CascadingParameter]
    private IMudDialogInstance Dialog { get; set; } = default!;

    [Inject]
    private IUserAdminService Admin { get; set; } = default!;

    /// <summary>The team to edit; null to create one.</summary>
    [Parameter]
    public AdminTeamRow? Team { get; set; }

    /// <summary>Active users who can be appointed manager.</summary>
    [Parameter, EditorRequired]
    public IReadOnlyList<AdminUserRow> Managers { get; set; } = [];

    protected override void OnInitialized()
    {
        _errors = new FieldErrors(Text);
        if (Team is not null)
        {
            (_name, _kind, _region, _managerId) = (Team.Name, Team.Kind, Team.Region, Team.ManagerId);
        }
    }

    private string ManagerName(Guid? id) => Managers.FirstOrDefault(u => u.Id == id)?.DisplayName ?? "";

    private void OnCancelClicked() => Dialog.Cancel();

    private async Task OnSubmitAsync()
    {
        _errors.Clear();
        _saving = true;
        try
        {
            var input = new TeamInput(_name, _kind, _region, _managerId);
            if (Team is null)
            {
                await Admin.CreateTeamAsync(input);
            }
            else
            {
                await Admin.UpdateTeamAsync(Team.Id, Team.Version, input);
            }

            Dialog.Close(DialogResult.Ok(_name.Trim()));
        }
        catch (Exception ex) when (_errors.Show(ex))
        {
            // Shown next to the field at fault, or above the form for a conflict.
        }
        finally
        {
            _saving = false;
        }
    }
}
