using Crm.Domain.Common;
using Crm.Domain.Pipeline;
using Crm.Infrastructure.Pipeline.Presence;
using Crm.Web.Common;

namespace Crm.Web.Pipeline.Opportunities;

// Live updates from the bus and presence: who else has this opportunity open.
public sealed partial class OpportunityPage
{
    private IDisposable? _subscription;
    private CoalescedRefresh? _refresh;
    private IPresence? _presence;
    private volatile bool _pipelineChanged;

    private IReadOnlyList<PresentUser> Others => _presence?.Others() ?? [];

    // Subscribe before loading, so a change saved in between is not missed.
    private void Subscribe()
    {
        _refresh = new CoalescedRefresh(() => InvokeAsync(OnLiveRefreshAsync), LiveWindow);
        _subscription = Bus.Subscribe(OnLiveEventAsync);
    }

    // Events carry the opportunity's id and version: anything newer than what is shown, or any
    // change while it is still loading, means one re-read. Visibility applies because the
    // re-read goes through the service.
    private ValueTask OnLiveEventAsync(IDomainEvent domainEvent, CancellationToken cancellationToken)
    {
        var view = _view;
        if (domainEvent.AggregateId == Id && (view is null || domainEvent.Version > view.Version))
        {
            _refresh?.Request();
        }
        else if (domainEvent is PipelineChanged && domainEvent.AggregateId == view?.PipelineId)
        {
            _pipelineChanged = true;
            _refresh?.Request();
        }

        return ValueTask.CompletedTask;
    }

    private async Task OnLiveRefreshAsync()
    {
        try
        {
            var pipelineChanged = _pipelineChanged;
            _pipelineChanged = false;
            await LoadAsync(pipelineChanged);
            StateHasChanged();
        }
        catch (Exception error)
        {
            await DispatchExceptionAsync(error);
        }
    }

    private async Task JoinPresenceAsync()
    {
        if (_presence is not null)
        {
            return;
        }

        var actor = await CurrentUser.GetAsync();
        var profile = await Profiles.FindAsync(actor.UserId);
        var viewer = new PresenceViewer(actor.UserId, profile?.DisplayName ?? "");
        _presence = Presence.Join(Record, viewer, OnPresenceChanged);
    }

    private void LeavePresence()
    {
        _presence?.Dispose();
        _presence = null;
    }

    // Called on the thread of whoever joined or left; the render happens on this circuit's.
    private void OnPresenceChanged() => _ = RenderPresenceAsync();

    private async Task RenderPresenceAsync()
    {
        try
        {
            await InvokeAsync(StateHasChanged);
        }
        catch (ObjectDisposedException)
        {
            // The circuit closed while the change was on its way; its presence goes with it.
        }
    }
}
