using Crm.Domain.Common;
using Crm.Domain.Teams;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Live;
using Crm.Infrastructure.Tickets.Workspace;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Crm.Web.Tickets.Workspace;

/// <summary>
/// The agent's status menu. A change is saved at once (assignment reads it on the next ticket)
/// and a change made elsewhere (another tab, an administrator) shows up live.
/// </summary>
public sealed partial class AgentStatusMenu
{
    private Availability? _mine;
    private Guid _me;
    private IDisposable? _subscription;

    [Inject]
    private IAgentStatusService Status { get; set; } = default!;

    [Inject]
    private ICurrentUser CurrentUser { get; set; } = default!;

    [Inject]
    private ILiveBus Bus { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private IStringLocalizer<WorkspaceText> Text { get; set; } = default!;

    public void Dispose() => _subscription?.Dispose();

    protected override async Task OnInitializedAsync()
    {
        _me = (await CurrentUser.GetAsync()).UserId;
        _subscription = Bus.Subscribe(OnLiveEventAsync);
        _mine = await Status.MineAsync();
    }

    private async Task OnChosenAsync(Availability availability)
    {
        await Status.SetMineAsync(availability);
        _mine = availability;
        Snackbar.Add(string.Format(Text["Agent.Changed"], Text[AgentAvailability.TextKey(availability)]));
    }

    private async ValueTask OnLiveEventAsync(IDomainEvent domainEvent, CancellationToken cancellationToken)
    {
        if (domainEvent is UserAvailabilityChanged changed && changed.AggregateId == _me)
        {
            await InvokeAsync(() =>
            {
                _mine = changed.Availability;
                StateHasChanged();
            });
        }
    }
}
