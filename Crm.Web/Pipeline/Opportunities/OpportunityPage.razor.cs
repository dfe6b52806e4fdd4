using Crm.Domain.Common;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Live;
using Crm.Infrastructure.Pipeline;
using Crm.Infrastructure.Pipeline.Presence;
using Crm.Infrastructure.Teams;
using Crm.Web.Common;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Crm.Web.Pipeline.Opportunities;

/// <summary>
/// One opportunity: header with the stage stepper and figures, line items, the activities and
/// follow-ups about it, its details and stage history. Stays current while open (a change saved
/// by anyone re-reads it) and shows who else has it open or is editing it. Unknown, deleted and
/// invisible ids show "not found", also when it goes out of view while open.
/// </summary>
public sealed partial class OpportunityPage : IDisposable
{
    private OpportunityView? _view;
    private PipelineView? _pipeline;
    private bool _notFound;
    private bool _moving;
    private Guid _openedId;

    [Parameter]
    public Guid Id { get; set; }

    /// <summary>How long a burst of live events is gathered into one re-read.</summary>
    [Parameter]
    public TimeSpan LiveWindow { get; set; } = TimeSpan.FromMilliseconds(200);

    [Inject]
    private IOpportunityService Opportunities { get; set; } = default!;

    [Inject]
    private IPipelineService Pipelines { get; set; } = default!;

    [Inject]
    private ILiveBus Bus { get; set; } = default!;

    [Inject]
    private IPresenceRegistry Presence { get; set; } = default!;

    [Inject]
    private ICurrentUser CurrentUser { get; set; } = default!;

    [Inject]
    private IUserProfileService Profiles { get; set; } = default!;

    [Inject]
    private UserTimeZone Zone { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private IStringLocalizer<OpportunityText> Text { get; set; } = default!;

    private RecordLink Record => new(RecordKind.Opportunity, Id);

    public void Dispose()
    {
        _subscription?.Dispose();
        _refresh?.Dispose();
        _presence?.Dispose();
    }

    protected override async Task OnParametersSetAsync()
    {
        // The same page shown for another opportunity starts over; the first load happens after
        // the first render, once subscribed to the bus.
        if (_subscription is not null && Id != _openedId)
        {
            await OpenAsync();
        }
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender)
        {
            return;
        }

        Subscribe();
        await Zone.LoadAsync();
        await OpenAsync();
        StateHasChanged();
    }

    private async Task OpenAsync()
    {
        _openedId = Id;
        LeavePresence();
        (_view, _pipeline, _notFound) = (null, null, false);
        await LoadAsync();
    }

    /// <summary>Reads the opportunity (and its pipeline when needed) through the service.</summary>
    private async Task LoadAsync(bool pipelineChanged = false)
    {
        try
        {
            var view = await Opportunities.GetAsync(Id);
            if (pipelineChanged || _pipeline?.Id != view.PipelineId)
            {
                _pipeline = await Pipelines.GetAsync(view.PipelineId, includeRetired: true);
            }

            (_view, _notFound) = (view, false);
            // Also when a re-read finds it visible again after it went out of view.
            await JoinPresenceAsync();
        }
        catch (NotFoundException)
        {
            (_view, _pipeline, _notFound) = (null, null, true);
            LeavePresence();
        }
    }
}
