using System.Globalization;
using Crm.Domain.Activities;
using Crm.Domain.Common;
using Crm.Infrastructure.Activities;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Live;
using Crm.Infrastructure.Tickets.Customer360;
using Crm.Web.Common;
using Crm.Web.Tickets.Customer360;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Crm.Web.Activities;

/// <summary>
/// An account's activities and tickets, newest first, grouped by day in the user's time zone, with
/// quick-log buttons and kind filters (the activity kinds and Tickets). Stays current: activities
/// others log on the account, and its tickets as they open or change status, appear live.
/// </summary>
public sealed partial class AccountTimeline : IDisposable
{
    private const int PageSize = 20;
    private const int MaxRefreshSize = 200;

    // The filter chip of the ticket entries, beside one per activity kind (named after the kind).
    private const string TicketsFilter = "Tickets";

    private List<CustomerTimelineItem>? _items;
    private CustomerTimelineCursor? _next;
    private IReadOnlyCollection<string> _kinds = [];
    private bool _loadingMore;
    private (Guid Account, Guid? Contact, RecordLink? Related) _loadedFor;
    private IDisposable? _subscription;
    private CoalescedRefresh? _refresh;

    [Parameter, EditorRequired]
    public Guid AccountId { get; set; }

    /// <summary>How long live events are gathered before the timeline reads its activities again.</summary>
    [Parameter]
    public TimeSpan LiveWindow { get; set; } = TimeSpan.FromMilliseconds(300);

    [Parameter]
    public bool CanLogActivities { get; set; }

    /// <summary>
    /// Limits the timeline to one contact of the account (the contact page) and preselects it when logging.
    /// </summary>
    [Parameter]
    public Guid? ContactId { get; set; }

    /// <summary>
    /// Limits the timeline to the activities about one record of the account (an opportunity's
    /// page); activities logged here are linked to it.
    /// </summary>
    [Parameter]
    public RecordLink? Related { get; set; }

    [Inject]
    private IActivityService Activities { get; set; } = default!;

    [Inject]
    private ICustomerTimeline Timeline { get; set; } = default!;

    [Inject]
    private ILiveBus Bus { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private UserTimeZone Zone { get; set; } = default!;

    [Inject]
    private IStringLocalizer<ActivityText> Text { get; set; } = default!;

    [Inject]
    private IStringLocalizer<Customer360Text> TicketText { get; set; } = default!;

    private IEnumerable<IGrouping<DateTime, CustomerTimelineItem>> Days =>
        (_items ?? []).GroupBy(i => Zone.ToLocal(i.At).Date);

    public void Dispose()
    {
        _subscription?.Dispose();
        _refresh?.Dispose();
    }

    protected override async Task OnParametersSetAsync()
    {
        // The same instance shown for another account or contact starts over; the first load
        // happens after the first render, once subscribed.
        if (_subscription is not null && _loadedFor != (AccountId, ContactId, Related))
        {
            await ReloadAsync();
        }
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender)
        {
            return;
        }

        // Subscribe before loading, so nothing logged in between is missed.
        _refresh = new CoalescedRefresh(() => InvokeAsync(OnLiveRefreshAsync), LiveWindow);
        _subscription = Bus.Subscribe(OnLiveEventAsync);
        await Zone.LoadAsync();
        await ReloadAsync();
        StateHasChanged();
    }

    private ValueTask OnLiveEventAsync(IDomainEvent domainEvent, CancellationToken cancellationToken)
    {
        if ((domainEvent is ActivityLogged logged && logged.AccountId == AccountId)
            || CustomerLive.ConcernsTickets(domainEvent, AccountId))
        {
            _refresh?.Request();
        }

        return ValueTask.CompletedTask;
    }

    private async Task OnLiveRefreshAsync()
    {
        try
        {
            // Re-query what is shown through the service, so visibility applies to live updates too.
            await LoadAsync(Math.Clamp(_items?.Count ?? 0, PageSize, MaxRefreshSize));
            StateHasChanged();
        }
        catch (Exception error)
        {
            await DispatchExceptionAsync(error);
        }
    }

    private Task ReloadAsync() => LoadAsync(PageSize);

    private async Task LoadAsync(int size)
    {
        _loadedFor = (AccountId, ContactId, Related);
        try
        {
            var page = await Timeline.PageAsync(Query(null, size));
            (_items, _next) = ([.. page.Items], page.Next);
        }
        catch (NotFoundException)
        {
            (_items, _next) = ([], null);
        }
    }

    private async Task OnLoadMoreAsync()
    {
        _loadingMore = true;
        try
        {
            var page = await Timeline.PageAsync(Query(_next, PageSize));
            var shown = (_items ?? []).Select(i => i.Key).ToHashSet();
            _items = [.. _items ?? [], .. page.Items.Where(i => !shown.Contains(i.Key))];
            _next = page.Next;
        }
        finally
        {
            _loadingMore = false;
        }
    }

    private async Task OnKindsChangedAsync(IReadOnlyCollection<string>? kinds)
    {
        _kinds = kinds ?? [];
        await ReloadAsync();
    }

    private CustomerTimelineQuery Query(CustomerTimelineCursor? after, int size) =>
        new(AccountId, ContactId, Related, ActivityKinds, _kinds.Contains(TicketsFilter), after, size);

    private List<ActivityKind> ActivityKinds =>
        [.. ActivityKindStyle.All.Where(kind => _kinds.Contains(kind.ToString()))];

    private string DayLabel(DateTime day)
    {
        var today = Zone.Now.Date;

        return day == today ? Text["Day.Today"]
            : day == today.AddDays(-1) ? Text["Day.Yesterday"]
            : day.ToString(Text["Day.Format"], CultureInfo.CurrentCulture);
    }
}
