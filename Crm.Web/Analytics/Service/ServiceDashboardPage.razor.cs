using Crm.Domain.Forecasting;
using Crm.Infrastructure.Analytics;
using Crm.Infrastructure.Analytics.Service;
using Crm.Web.Periods;
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
public sealed partial class ServiceDashboardPage : LiveDashboard
{
    private ServiceFilter _filter = new();
    private ServiceDashboard? _dashboard;
    private ServiceCharts? _charts;

    [Inject]
    private IServiceAnalytics Analytics { get; set; } = default!;

    [Inject]
    private ITicketFacts Facts { get; set; } = default!;

    [Inject]
    private IStringLocalizer<AnalyticsText> Text { get; set; } = default!;

    [Inject]
    private IStringLocalizer<PeriodText> Periods { get; set; } = default!;

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

    protected override IDisposable Follow(Action onChanged) => Facts.Subscribe(onChanged);

    protected override void ReadAddress() =>
        _filter = ServiceFilter.Parse(Kind, Period, Queue, Agent, Channel, Priority);

    protected override async Task LoadAsync()
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

    private void OnFilterChanged(ServiceFilter filter) => Navigate(filter.ToQueryParameters());

    private void OnPeriodChanged(FiscalPeriod period) =>
        OnFilterChanged(_filter.WithPeriod(period, _dashboard?.Period.Today));
}
