using Crm.Domain.Common;
using Crm.Domain.Tickets;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Live;
using Crm.Infrastructure.Tickets;
using Crm.Web.Common;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Crm.Web.Tickets;

/// <summary>
/// The ticket list: all visible tickets, mine, or my team's queue, filtered by queue, status and
/// priority, paged on the server, most urgent first. A ticket event of the user's queues or
/// assigned to them refreshes the page (coalesced); the full live workspace comes later.
/// </summary>
public sealed partial class TicketsPage : IDisposable
{
    // Secondary columns give way on small screens: number, subject and status fit a phone.
    private const string Wide = "d-none d-lg-table-cell";
    private const string Medium = "d-none d-md-table-cell";
    private const string Small = "d-none d-sm-table-cell";
    private static readonly TimeSpan LiveWindow = TimeSpan.FromMilliseconds(500);

    private MudDataGrid<TicketRow>? _grid;
    private TicketFilter _filter = new();
    private TicketChoices _choices = new(false, [], []);
    private Guid _me;
    private IDisposable? _subscription;
    private CoalescedRefresh? _refresh;

    private IReadOnlyDictionary<Guid, Crm.Infrastructure.Tickets.Sla.TicketCountdowns> _countdowns =
        new Dictionary<Guid, Crm.Infrastructure.Tickets.Sla.TicketCountdowns>();

    [Inject]
    private Crm.Infrastructure.Tickets.Sla.ITicketSlaCountdowns Countdowns { get; set; } = default!;

    [Inject]
    private ITicketService Tickets { get; set; } = default!;

    [Inject]
    private ICurrentUser CurrentUser { get; set; } = default!;

    [Inject]
    private ILiveBus Bus { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private UserTimeZone Zone { get; set; } = default!;

    [Inject]
    private IStringLocalizer<TicketText> Text { get; set; } = default!;

    [Inject]
    private IStringLocalizer<Customers.CustomersText> CustomerText { get; set; } = default!;

    public void Dispose()
    {
        _subscription?.Dispose();
        _refresh?.Dispose();
    }

    protected override async Task OnInitializedAsync()
    {
        _me = (await CurrentUser.GetAsync()).UserId;
        await Zone.LoadAsync();
        _choices = await Tickets.ChoicesAsync();
        _refresh = new CoalescedRefresh(() => InvokeAsync(ReloadAsync), LiveWindow);
        _subscription = Bus.Subscribe(OnLiveEventAsync);
    }

    private async Task<GridData<TicketRow>> LoadPageAsync(
        GridState<TicketRow> state, CancellationToken cancellationToken)
    {
        var page = await Tickets.SearchAsync(_filter.ToQuery(state.Page, state.PageSize), cancellationToken);
        _countdowns = await Countdowns.ForAsync(
            [.. page.Items.Where(r => r.Sla.PolicyId is not null).Select(r => r.Id)], cancellationToken);

        return new GridData<TicketRow> { Items = page.Items, TotalItems = page.TotalCount };
    }

    private async Task OnFilterChangedAsync(TicketFilter filter)
    {
        _filter = filter;
        await ReloadAsync();
    }

    private Task OnClearFiltersAsync() => OnFilterChangedAsync(new TicketFilter(_filter.Scope));

    private async Task OnNewClickedAsync()
    {
        if (await Dialogs.OpenTicketAsync(Text) is not { } created)
        {
            return;
        }

        var number = TicketNumbers.Format(created.Number);
        var message = created.AssigneeName is { } assignee
            ? string.Format(Text["Tickets.CreatedAssigned"], number, assignee)
            : string.Format(Text["Tickets.CreatedQueued"], number);
        Snackbar.Add(message, Severity.Success);
        Navigation.NavigateTo($"/tickets/{created.Number}");
    }

    private void OnRowClicked(DataGridRowClickEventArgs<TicketRow> args) =>
        Navigation.NavigateTo($"/tickets/{args.Item.Number}");

    private ValueTask OnLiveEventAsync(IDomainEvent domainEvent, CancellationToken cancellationToken)
    {
        if (TicketLive.Concerns(domainEvent, _choices, _me))
        {
            _refresh?.Request();
        }

        return ValueTask.CompletedTask;
    }

    private Task ReloadAsync() => _grid?.ReloadServerData() ?? Task.CompletedTask;

    private string Ago(DateTime at) => Customers.RelativeTime.Format(at, Zone.UtcNow, CustomerText);
}
