using Crm.Domain.Assignment;
using Crm.Infrastructure.Assignment;
using Microsoft.AspNetCore.Components;

namespace Crm.Web.Assignment;

/// <summary>The strategy picker of the rule dialog with the user or team it needs, and the fallback queue.</summary>
public sealed partial class StrategyFields
{
    [Parameter, EditorRequired]
    public RuleForm Form { get; set; } = default!;

    [Parameter, EditorRequired]
    public AssignmentChoices Choices { get; set; } = default!;

    [Parameter, EditorRequired]
    public AssignmentWording Wording { get; set; } = default!;

    [Parameter, EditorRequired]
    public Func<string, string?> Error { get; set; } = _ => null;

    // Active users, and the rule's current owner even when no longer active, so the form shows who it is.
    private IEnumerable<AssignmentUserChoice> Users =>
        Choices.Users.Where(u => u.IsActive || u.Id == Form.UserId);

    private bool HasOwnTeam => Form.Strategy != StrategyKind.NamedOwner && Form.TeamId is not null;

    // A named owner's own team is where their leads most likely belong when they cannot take them.
    private void OnUserChanged(Guid? userId)
    {
        Form.UserId = userId;
        Form.FallbackQueueTeamId ??= Choices.Users.FirstOrDefault(u => u.Id == userId)?.TeamId;
    }

    private string UserLabel(Guid? id)
    {
        var user = Choices.Users.FirstOrDefault(u => u.Id == id);
        if (user is null)
        {
            return "";
        }

        var label = $"{user.DisplayName} · {AssignmentWording.TeamName(Choices, user.TeamId)}";

        return user.IsActive ? label : string.Format(Text["Dialog.Inactive"], label);
    }

    private string TeamLabel(Guid? id)
    {
        if (id is null)
        {
            return Text["Dialog.AnyTeam"];
        }

        var team = Choices.Teams.FirstOrDefault(t => t.Id == id);

        return team is null ? "" : string.Format(Text["Dialog.Members"], team.Name, team.ActiveMembers);
    }

    private string QueueLabel(Guid? id) =>
        id is null ? (HasOwnTeam ? Text["Dialog.FallbackOwnTeam"] : "") : AssignmentWording.TeamName(Choices, id);
}
