using Crm.Domain.Common;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Leads;
using Crm.Infrastructure.Live;
using Crm.Web.Common;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Crm.Web.Leads;

/// <summary>
/// One lead: its details, who works it and why, status actions, manual reassignment, the
/// look-alikes found when it arrived and what it became once converted. Changes others make
/// to the lead show up live. Unknown and invisible ids show "not found".
/// </summary>
public sealed partial class LeadPage : IDisposable
{
    private static readonly TimeSpan LiveWindow = TimeSpan.FromMilliseconds(300);

    private LeadView? _lead;
    private LeadChoices _choices = LeadChoices.None;
    private Guid _me;
    private bool _notFound;
    private bool _busy;
    private Guid _loadedId;
    private IDisposable? _subscription;
    private CoalescedRefresh? _refresh;

    [Parameter]
    public Guid Id { get; set; }

    [Inject]
    private ILeadService Leads { get; set; } = default!;

    [Inject]
    private ICurrentUser CurrentUser { get; set; } = default!;

    [Inject]
    private ILiveBus Bus { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private UserTimeZone Zone { get; set; } = default!;

    [Inject]
    private IStringLocalizer<LeadText> Text { get; set; } = default!;

    private bool CanReassign => _lead is { CanEdit: true, Conversion: null } && _choices.AssignableOwners.Count > 0;

    private bool CanTake => _lead is { CanEdit: true, Routing.OwnerId: null }
        && _choices.AssignableOwners.Any(o => o.Id == _me);

    public void Dispose()
    {
        _subscription?.Dispose();
        _refresh?.Dispose();
    }

    protected override async Task OnInitializedAsync()
    {
        _me = (await CurrentUser.GetAsync()).UserId;
        await Zone.LoadAsync();
        _choices = await Leads.ChoicesAsync();
        _refresh = new CoalescedRefresh(() => InvokeAsync(async () =>
        {
            await LoadAsync();
            StateHasChanged();
        }), LiveWindow);
        _subscription = Bus.Subscribe(OnLiveEventAsync);
    }

    protected override async Task OnParametersSetAsync()
    {
        if (Id == _loadedId && (_lead is not null || _notFound))
        {
            return;
        }

        (_loadedId, _lead, _notFound) = (Id, null, false);
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        try
        {
            _lead = await Leads.GetAsync(Id);
        }
        catch (NotFoundException)
        {
            (_lead, _notFound) = (null, true);
        }
    }

    private async Task OnEditClickedAsync()
    {
        if (await Dialogs.EditLeadAsync(Id, _choices.Regions, Text))
        {
            await LoadAsync();
        }
    }

    private Task OnTakeClickedAsync() =>
        ChangeAsync(version => Leads.ReassignAsync(Id, version, _me), "Lead.Taken");

    private Task OnStartWorkingClickedAsync() =>
        ChangeAsync(version => Leads.StartWorkingAsync(Id, version), "Lead.Started");

    private Task OnReopenClickedAsync() =>
        ChangeAsync(version => Leads.ReopenAsync(Id, version), "Lead.Reopened");

    private async Task OnDisqualifyClickedAsync()
    {
        if (await Dialogs.AskDisqualificationAsync(Text) is { } answer)
        {
            await ChangeAsync(
                version => Leads.DisqualifyAsync(Id, version, answer.Reason, answer.Note), "Lead.Disqualified");
        }
    }

    private async Task OnConvertClickedAsync()
    {
        if (_lead is not null && await Dialogs.ConvertLeadAsync(Id, Text) is not null)
        {
            Snackbar.Add(string.Format(Text["Convert.Done"], _lead.DisplayName), Severity.Success);
            await LoadAsync();
        }
    }

    private async Task OnReassignClickedAsync()
    {
        var owner = await Dialogs.AskNewOwnerAsync(_choices.AssignableOwners, _lead?.Routing.OwnerId, Text);
        if (owner is { } newOwner)
        {
            await ChangeAsync(version => Leads.ReassignAsync(Id, version, newOwner), "Lead.Reassigned");
        }
    }

    // Runs one change on the version shown; a refusal is explained and the page shows the latest.
    private async Task ChangeAsync(Func<int, Task> change, string doneKey)
    {
        if (_lead is null || _busy)
        {
            return;
        }

        _busy = true;
        try
        {
            await change(_lead.Version);
            Snackbar.Add(Text[doneKey], Severity.Success);
        }
        catch (Exception ex) when (Refusal(ex) is { } message)
        {
            Snackbar.Add(message, Severity.Warning);
        }
        finally
        {
            _busy = false;
        }

        await LoadAsync();
    }

    private string? Refusal(Exception error) => error switch
    {
        ConcurrencyConflictException => Text["Lead.Conflict"].Value,
        ForbiddenException => Text["Error.Forbidden"].Value,
        NotFoundException => Text["Error.LeadGone"].Value,
        DomainException domain when Text[$"Error.{domain.Code}"] is { ResourceNotFound: false } known => known.Value,
        DomainException => Text["Error.invalid"].Value,
        _ => null,
    };

    private ValueTask OnLiveEventAsync(IDomainEvent domainEvent, CancellationToken cancellationToken)
    {
        if (domainEvent.AggregateId == Id && LeadLive.IsLeadEvent(domainEvent)
            && domainEvent.Version > (_lead?.Version ?? 0))
        {
            _refresh?.Request();
        }

        return ValueTask.CompletedTask;
    }
}
