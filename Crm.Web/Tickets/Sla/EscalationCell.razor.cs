using Crm.Domain.Common;
using Crm.Domain.Tickets;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Tickets;
using Crm.Infrastructure.Tickets.Sla;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Crm.Web.Tickets.Sla;

/// <summary>One cell of the escalation grid: the actions for a priority and trigger, saved on their own.</summary>
public sealed partial class EscalationCell
{
    private bool _notifyLead;
    private bool _raisePriority;
    private Guid? _queueId;
    private string? _error;
    private bool _saving;
    private int _shownVersion = -1;

    [Parameter, EditorRequired]
    public SlaEscalationView View { get; set; } = default!;

    [Parameter, EditorRequired]
    public IReadOnlyList<NamedRef> Queues { get; set; } = [];

    [Parameter]
    public EventCallback<SlaEscalationView> OnSaved { get; set; }

    /// <summary>Someone else saved the cell meanwhile: the grid should be read again.</summary>
    [Parameter]
    public EventCallback OnStale { get; set; }

    [Inject]
    private ISlaEscalationService Escalations { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    private SlaEscalationActions Edited => new(_notifyLead, _raisePriority, _queueId);

    private bool IsDirty => Edited != View.Actions;

    private string TriggerIcon => View.Trigger == SlaEscalationTrigger.Breached
        ? Icons.Material.Outlined.AlarmOn
        : Icons.Material.Outlined.HourglassBottom;

    private Color TriggerColor => View.Trigger == SlaEscalationTrigger.Breached ? Color.Error : Color.Warning;

    protected override void OnParametersSet()
    {
        if (View.Version == _shownVersion)
        {
            return;
        }

        (_notifyLead, _raisePriority, _queueId) = (View.Actions.NotifyLead, View.Actions.RaisePriority,
            View.Actions.MoveToQueueId);
        _shownVersion = View.Version;
    }

    private async Task OnSaveAsync()
    {
        (_saving, _error) = (true, null);
        try
        {
            var saved = await Escalations.SaveAsync(View.Priority, View.Trigger, View.Version, Edited);
            Snackbar.Add(Text["Escalations.Saved"], Severity.Success);
            await OnSaved.InvokeAsync(saved);
        }
        catch (DomainException)
        {
            _error = Text["Escalations.QueueInvalid"];
        }
        catch (ConcurrencyConflictException)
        {
            Snackbar.Add(Text["Escalations.Conflict"], Severity.Warning);
            await OnStale.InvokeAsync();
        }
        catch (ForbiddenException)
        {
            Snackbar.Add(Text["Escalations.Forbidden"], Severity.Error);
        }
        finally
        {
            _saving = false;
        }
    }
}
