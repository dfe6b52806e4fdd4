using System.Globalization;
using Crm.Domain.Common;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Live;
using Crm.Infrastructure.Tickets.Customer360;
using Crm.Web.Activities;
using Crm.Web.Common;

using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;

namespace Crm.Web.Tickets.Customer360;

/// <summary>
/// The ticket's customer for the agent working it (<see cref="ITicketCustomerView"/>): read
/// through the ticket, so agents see the account's tier, open opportunities and activities
/// without owning it. Stays current: an opportunity, activity or ticket event of the account
/// reads the card again (coalesced).
/// </summary>
public sealed partial class TicketCustomerCard : IDisposable
{
    private TicketCustomerSummary? _summary;
    private bool _gone;
    private LiveReload? _live;
    private int _loadedFor;

    [Parameter, EditorRequired]
    public int TicketNumber { get; set; }

    /// <summary>How long a burst of live events is gathered into one re-read.</summary>
    [Parameter]
    public TimeSpan LiveWindow { get; set; } = TimeSpan.FromMilliseconds(500);

    [Inject]
    private ITicketCustomerView CustomerView { get; set; } = default!;

    [Inject]
    private ILiveBus Bus { get; set; } = default!;

    [Inject]
    private UserTimeZone Zone { get; set; } = default!;

    [Inject]
    private IStringLocalizer<Customer360Text> Text { get; set; } = default!;

    [Inject]
    private IStringLocalizer<ActivityText> ActivityText { get; set; } = default!;

    [Inject]
    private IStringLocalizer<Customers.CustomersText> CustomerText { get; set; } = default!;

    private string Requester =>
        _summary?.Contact?.Name ?? _summary?.RequesterName ?? _summary?.RequesterEmail ?? "—";

    public void Dispose() => _live?.Dispose();

    protected override async Task OnInitializedAsync()
    {
        await Zone.LoadAsync();
        // Listen before the first read, so a change saved in between is not missed.
        _live = LiveReload.Start(Bus, Concerns, () => InvokeAsync(OnLiveReloadAsync), LiveWindow);
    }

    protected override async Task OnParametersSetAsync()
    {
        if (_loadedFor != TicketNumber)
        {
            (_summary, _loadedFor) = (null, TicketNumber);
            await LoadAsync();
        }
    }

    private async Task LoadAsync()
    {
        try
        {
            (_summary, _gone) = (await CustomerView.ForTicketAsync(TicketNumber), false);
        }
        catch (NotFoundException)
        {
            // The ticket went out of reach; the page says so itself, the card steps aside.
            (_summary, _gone) = (null, true);
        }
    }

    private async Task OnLiveReloadAsync()
    {
        try
        {
            await LoadAsync();
            StateHasChanged();
        }
        catch (Exception error)
        {
            await DispatchExceptionAsync(error);
        }
    }

    // Read on the bus's thread; the summary is replaced on reloads, never changed in place.
    private bool Concerns(IDomainEvent domainEvent)
    {
        var summary = _summary;
        if (summary is null)
        {
            return false;
        }

        return domainEvent.AggregateId == summary.TicketId
            || (summary.Account is { } account && CustomerLive.ConcernsCard(
                domainEvent, account.Id, id => summary.Opportunities.Items.Any(o => o.Id == id)));
    }

    private string ActivityLine(CustomerActivity activity) => string.Format(
        CultureInfo.CurrentCulture, Text["Card.ActivityBy"], activity.LoggedByName,
        Customers.RelativeTime.Format(activity.OccurredAt, Zone.UtcNow, CustomerText));

    private string LongTime(DateTime at) => Zone.ToLocal(at).ToString("f", CultureInfo.CurrentCulture);
}
