using Crm.Domain.Forecasting;
using Crm.Infrastructure.Analytics;
using Crm.Infrastructure.Analytics.Service;
using Crm.Web.Common;
using Crm.Web.Tickets;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;

namespace Crm.Web.Analytics.Service;

/// <summary>
/// <c>/analytics/service</c>: ticket volume by channel, category and hour of the week, response
/// and resolution times, SLA attainment, backlog and satisfaction by agent for a fiscal month or
/// quarter, over the tickets the user works. Computed again when the ticket fact table changes
/// (coalesced); period and filters live in the address.
/// </summary>
public sealed partial class ServiceDashboardPage : IDisposable
{
    private static readonly TimeSpan LiveWindow = TimeSpan.FromMilliseconds(500);

    private ServiceFilter _filter = new();
    private ServiceDashboard? _dashboard;
    private ServiceCharts? _charts;
    private LiveReload? _live;

    [Inject]
    private IServiceAnalytics Analytics { get; set; } = default!;

    [Inject]
    private ITicketFacts Facts { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private IStringLocalizer<AnalyticsText> Text { get; set; } = default!;

    [Inject]
    private IStringLocalizer<TicketText> TicketText { get; set; } = default!;

    [SupplyParameterFromQuery(Name = "kind")]
    public string? Kind { get; set; }

    [SupplyParameterFromQuery(Name = "period")]
    public string? Period { get; set; }

    [SupplyParameterFromQuery(Name = "queue")]
    public string? Queue { get; set; }

    [SupplyParameterFromQuery(Name = "agent")]
    public string? Agent { get; set; }

    [SupplyParameterFromQuery(Name = "channel")]
    public string? Channel { get; set; }

    [SupplyParameterFromQuery(Name = "priority")]
    public string? Priority { get; set; }

    public void Dispose() => _live?.Dispose();

    protected override void OnInitialized() =>
        _live = LiveReload.Follow(Facts.Subscribe, () => InvokeAsync(ReloadAsync), LiveWindow);

    protected override async Task OnParametersSetAsync()
    {
        _filter = ServiceFilter.Parse(Kind, Period, Queue, Agent, Channel, Priority);
        await LoadAsync();
    }

    private async Task ReloadAsync()
    {
        await LoadAsync();
        StateHasChanged();
    }

    private async Task LoadAsync()
    {
        _dashboard = await Analytics.ReadAsync(new ServiceQuery
        {
            Kind = _filter.Kind,
            PeriodKey = _filter.PeriodKey,
            QueueId = _filter.QueueId,
            AssigneeId = _filter.AssigneeId,
            Channel = _filter.Channel,
            Priority = _filter.Priority,
        });
        _charts = new ServiceCharts(_dashboard, Text, TicketText);
    }

    private void OnFilterChanged(ServiceFilter filter) =>
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameters(filter.ToQueryParameters()), replace: true);

    private void OnKindChanged(PeriodKind kind) => OnFilterChanged(_filter with { Kind = kind, PeriodKey = null });

    private void OnPeriodChanged(string? key) => OnFilterChanged(_filter with { PeriodKey = key });
}
