using Crm.Domain.Common;
using Crm.Domain.Teams;
using Crm.Infrastructure.Live;
using Crm.Infrastructure.Tickets.Workspace;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;

namespace Crm.Web.Tickets.Workspace;

/// <summary>
/// The members of a support team with their status. A status change of a member is applied
/// from the event alone; someone joining or leaving the team reads the list again.
/// </summary>
public sealed partial class TeamAgents
{
    private IReadOnlyList<AgentStatus> _agents = [];
    private Guid _loadedTeam;
    private IDisposable? _subscription;

    [Parameter, EditorRequired]
    public Guid TeamId { get; set; }

    [Inject]
    private IAgentStatusService Status { get; set; } = default!;

    [Inject]
    private ILiveBus Bus { get; set; } = default!;

    [Inject]
    private IStringLocalizer<WorkspaceText> Text { get; set; } = default!;

    public void Dispose() => _subscription?.Dispose();

    protected override void OnInitialized() => _subscription = Bus.Subscribe(OnLiveEventAsync);

    protected override async Task OnParametersSetAsync()
    {
        if (TeamId != _loadedTeam)
        {
            _loadedTeam = TeamId;
            _agents = await Status.TeamAsync(TeamId);
        }
    }

    private async ValueTask OnLiveEventAsync(IDomainEvent domainEvent, CancellationToken cancellationToken)
    {
        var team = _loadedTeam;
        if (domainEvent is UserAvailabilityChanged changed && changed.TeamId == team)
        {
            await InvokeAsync(() => Apply(changed));
        }
        else if (domainEvent is UserMovedToTeam moved && (moved.TeamId == team || moved.PreviousTeamId == team))
        {
            await InvokeAsync(async () =>
            {
                _agents = await Status.TeamAsync(team, cancellationToken);
                StateHasChanged();
            });
        }
    }

    private void Apply(UserAvailabilityChanged changed)
    {
        _agents = [.. _agents.Select(a => a.UserId == changed.AggregateId
            ? a with { Availability = changed.Availability }
            : a)];
        StateHasChanged();
    }

    private string Tooltip(AgentStatus agent) =>
        string.Format(Text["Agent.Tooltip"], agent.Name, Text[AgentAvailability.TextKey(agent.Availability)]);

    private static string Initial(string name) => string.IsNullOrEmpty(name) ? "?" : name[..1].ToUpperInvariant();
}
