using Crm.Domain.Tickets;
using Crm.Infrastructure.Live;
using Crm.Infrastructure.Tickets;
using Crm.Web.Common;
using Crm.Web.Tickets.Workspace;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;

namespace Crm.Web.Tickets.Customer360;

/// <summary>
/// The Tickets tab of the account page: the account's latest tickets through the ticket
/// service (so its visibility applies: sales read them, support works them) and a warning while
/// any open one is critical or past its SLA (<see cref="AccountTicketWarning"/>). A ticket event
/// of the account reads them again (coalesced).
/// </summary>
public sealed partial class AccountTickets : IDisposable
{
    private const int Shown = 20;
    private static readonly TimeSpan LiveWindow = TimeSpan.FromMilliseconds(500);

    private IReadOnlyList<TicketRow>? _recent;
    private LiveReload? _live;

    [Parameter, EditorRequired]
    public Guid AccountId { get; set; }

    [Inject]
    private ITicketService Tickets { get; set; } = default!;

    [Inject]
    private ILiveBus Bus { get; set; } = default!;

    [Inject]
    private UserTimeZone Zone { get; set; } = default!;

    [Inject]
    private IStringLocalizer<WorkspaceText> Text { get; set; } = default!;

    [Inject]
    private IStringLocalizer<Customers.CustomersText> CustomerText { get; set; } = default!;

    public void Dispose() => _live?.Dispose();

    protected override async Task OnInitializedAsync()
    {
        await Zone.LoadAsync();
        _live = LiveReload.Start(
            Bus, e => CustomerLive.ConcernsTickets(e, AccountId), () => InvokeAsync(ReloadAsync), LiveWindow);
        await LoadAsync();
    }

    private async Task ReloadAsync()
    {
        await LoadAsync();
        StateHasChanged();
    }

    private async Task LoadAsync()
    {
        var recent = await Tickets.SearchAsync(new TicketQuery { AccountId = AccountId, PageSize = Shown });
        _recent = recent.Items;
    }

    private string Ago(DateTime at) => Customers.RelativeTime.Format(at, Zone.UtcNow, CustomerText);
}
