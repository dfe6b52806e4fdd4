using Crm.Domain.Common;
using Crm.Domain.Tickets;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Tickets;
using Crm.Infrastructure.Tickets.Workspace;
using Crm.Web.Common;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Crm.Web.Tickets.Workspace;

/// <summary>
/// The agent workspace: the open tickets of one support team as my tickets, the team queue
/// (with "assign to me") and, once the SLA rule is registered, the at-risk lane; or as a board
/// by status, or a list. Everything comes from the team's shared live snapshot, so a ticket a
/// colleague takes leaves the queue on every screen at once. Team and layout are in the query
/// string.
/// </summary>
public sealed partial class ServiceDeskPage : IDisposable
{
    private static readonly TimeSpan LiveWindow = TimeSpan.FromMilliseconds(150);

    /// <summary>The tiles a lane shows before pointing to the list.</summary>
    private const int LaneShown = 50;

    private IReadOnlyList<WorkspaceTeam>? _teams;
    private IWorkspaceFeed? _feed;
    private WorkspaceView? _view;
    private CoalescedRefresh? _refresh;
    private WorkspaceCountdowns _countdowns = default!;
    private Guid _teamId;
    private Guid? _selectedId;
    private bool _busy;

    [SupplyParameterFromQuery(Name = "team")]
    public Guid? Team { get; set; }

    [SupplyParameterFromQuery(Name = "view")]
    public string? View { get; set; }

    [Inject]
    private IAgentWorkspace Workspace { get; set; } = default!;

    [Inject]
    private ITicketService Tickets { get; set; } = default!;

    [Inject]
    private Infrastructure.Tickets.Sla.ITicketSlaCountdowns SlaCountdowns { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private UserTimeZone Zone { get; set; } = default!;

    [Inject]
    private IStringLocalizer<WorkspaceText> Text { get; set; } = default!;

    [Inject]
    private IStringLocalizer<TicketText> TicketText { get; set; } = default!;

    [Inject]
    private IStringLocalizer<Customers.CustomersText> CustomerText { get; set; } = default!;

    private WorkspaceLayout Layout =>
        Enum.TryParse<WorkspaceLayout>(View, ignoreCase: true, out var layout) && Enum.IsDefined(layout)
            ? layout
            : WorkspaceLayout.Lanes;

    private string CountText => string.Format(Text["Workspace.Count"], _view?.Tickets.Count ?? 0);

    private EventCallback<TicketRow> TakeCallback => _view?.CanWork == true
        ? EventCallback.Factory.Create<TicketRow>(this, OnTakeAsync)
        : default;

    public void Dispose()
    {
        _feed?.Dispose();
        _refresh?.Dispose();
    }

    protected override async Task OnInitializedAsync()
    {
        await Zone.LoadAsync();
        _countdowns = new WorkspaceCountdowns(SlaCountdowns);
        _refresh = new CoalescedRefresh(() => InvokeAsync(OnLiveRefreshAsync), LiveWindow);
        _teams = await Workspace.TeamsAsync();
    }

    protected override async Task OnParametersSetAsync()
    {
        if (_teams is not { Count: > 0 })
        {
            return;
        }

        var wanted = _teams.FirstOrDefault(t => t.Id == Team)?.Id ?? _teams[0].Id;
        if (_feed is null || wanted != _teamId)
        {
            await OpenAsync(wanted);
        }
    }

    private async Task OpenAsync(Guid teamId)
    {
        _feed?.Dispose();
        (_feed, _view, _teamId) = (null, null, teamId);
        _feed = await Workspace.OpenAsync(teamId, () => _refresh?.Request());
        _view = _feed.Read();
        await _countdowns.RefreshAsync(_view, LaneShown);
    }

    private async Task OnLiveRefreshAsync()
    {
        if (_feed is null)
        {
            return;
        }

        var view = _feed.Read();
        if (view.ScopeRevision != _view?.ScopeRevision)
        {
            // Moved to another team or no longer leading this one: follow the user's teams.
            _teams = await Workspace.TeamsAsync();
            if (!view.InScope)
            {
                await OpenFirstTeamAsync();
                StateHasChanged();
                return;
            }
        }

        _view = view;
        await _countdowns.RefreshAsync(view, LaneShown);
        StateHasChanged();
    }

    private async Task OpenFirstTeamAsync()
    {
        if (_teams is { Count: > 0 })
        {
            await OpenAsync(_teams[0].Id);
            return;
        }

        _feed?.Dispose();
        (_feed, _view) = (null, null);
    }

    private void OnTeamChanged(Guid teamId) =>
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameter("team", (Guid?)teamId));

    private void OnLayoutChanged(WorkspaceLayout layout) =>
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameter(
            "view", layout == WorkspaceLayout.Lanes ? null : layout.ToString().ToLowerInvariant()));

    private Task OnShowListAsync()
    {
        OnLayoutChanged(WorkspaceLayout.List);

        return Task.CompletedTask;
    }

    private async Task OnTakeAsync(TicketRow ticket)
    {
        _busy = true;
        var number = TicketNumbers.Format(ticket.Number);
        try
        {
            await Tickets.TakeAsync(ticket.Id, ticket.Version);
            Snackbar.Add(string.Format(Text["Workspace.Taken"], number), Severity.Success);
        }
        catch (Exception error) when (error is ConcurrencyConflictException or DomainException or NotFoundException)
        {
            Snackbar.Add(string.Format(Text["Workspace.TakenMeanwhile"], number), Severity.Warning);
        }
        finally
        {
            _busy = false;
        }
    }

    private string Ago(DateTime at) => Customers.RelativeTime.Format(at, Zone.UtcNow, CustomerText);
}
