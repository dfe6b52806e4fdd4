using Crm.Infrastructure.Common;
using Crm.Infrastructure.Live;
using Crm.Infrastructure.Tickets.Customer360;
using Crm.Web.Common;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;

namespace Crm.Web.Tickets.Customer360;

/// <summary>
/// Warns while an account has an open Critical ticket or one past its SLA, over the tickets the
/// reader may see (<see cref="ITicketCustomerView.AlertForAccountAsync"/>): on the account
/// page's header and in its Tickets tab. A ticket event of the account reads it again.
/// </summary>
public sealed partial class AccountTicketWarning : IDisposable
{
    private AccountTicketAlert? _alert;
    private LiveReload? _live;
    private Guid _loadedFor;

    [Parameter, EditorRequired]
    public Guid AccountId { get; set; }

    [Parameter]
    public string Class { get; set; } = "mb-3";

    /// <summary>How long a burst of live events is gathered into one re-read.</summary>
    [Parameter]
    public TimeSpan LiveWindow { get; set; } = TimeSpan.FromMilliseconds(500);

    [Inject]
    private ITicketCustomerView Customers { get; set; } = default!;

    [Inject]
    private ILiveBus Bus { get; set; } = default!;

    [Inject]
    private IStringLocalizer<Customer360Text> Text { get; set; } = default!;

    public void Dispose() => _live?.Dispose();

    protected override void OnInitialized() =>
        _live = LiveReload.Start(
            Bus, e => CustomerLive.ConcernsTickets(e, AccountId), () => InvokeAsync(OnLiveReloadAsync), LiveWindow);

    protected override async Task OnParametersSetAsync()
    {
        if (_loadedFor != AccountId)
        {
            (_alert, _loadedFor) = (null, AccountId);
            await LoadAsync();
        }
    }

    private async Task LoadAsync()
    {
        try
        {
            _alert = await Customers.AlertForAccountAsync(AccountId);
        }
        catch (NotFoundException)
        {
            _alert = AccountTicketAlert.None;
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
}
