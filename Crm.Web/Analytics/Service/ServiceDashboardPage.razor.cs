using System.Globalization;
using Crm.Domain.Forecasting;
using Crm.Infrastructure.Analytics;
using Crm.Infrastructure.Analytics.Service;
using Crm.Web.Periods;
using Crm.Web.Tickets;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Crm.Web.Analytics.Service;

/// <summary>
/// <c>/analytics/service</c>: ticket volume by channel, category and hour of the week, response
/// and resolution times, SLA attainment, backlog and satisfaction by agent for a fiscal month or
/// quarter, over the tickets the user works. Computed again when the ticket fact table changes
/// (coalesced); period and filters live in the address. Clicking a bar, a heat-map cell or a
/// backlog day lists the tickets behind it.
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
    private IDialogService Dialogs { get; set; } = default!;

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
        _dashboard = await Analytics.ReadAsync(QueryOf(_filter));
        _charts = new ServiceCharts(_dashboard, Text, TicketText);
    }

    private void OnFilterChanged(ServiceFilter filter) => Navigate(filter.ToQueryParameters());

    private void OnPeriodChanged(FiscalPeriod period) =>
        OnFilterChanged(_filter.WithPeriod(period, _dashboard?.Period.Today));

    private Task OnChannelClickAsync(string key) =>
        ServiceSegmentKeys.ParseChannel(key) is { } segment
            ? ShowRecordsAsync(segment, TicketText[$"Channel.{segment.Value}"])
            : Task.CompletedTask;

    private Task OnCategoryClickAsync(string key) =>
        ServiceSegmentKeys.ParseCategory(key) is { } segment
            ? ShowRecordsAsync(segment, TicketText[$"Category.{segment.Value}"])
            : Task.CompletedTask;

    private Task OnHourClickAsync(string key) =>
        ServiceSegmentKeys.ParseHourOfWeek(key) is { } segment
            ? ShowRecordsAsync(segment, string.Format(CultureInfo.CurrentCulture, Text["Records.HourOfWeek"],
                CultureInfo.CurrentCulture.DateTimeFormat.GetDayName(segment.Day), segment.Hour, segment.Hour + 1))
            : Task.CompletedTask;

    private Task OnBacklogClickAsync(string key) =>
        ServiceSegmentKeys.ParseBacklogDay(key) is { } segment
            ? ShowRecordsAsync(segment,
                string.Format(CultureInfo.CurrentCulture, Text["Records.BacklogDay"], segment.Day))
            : Task.CompletedTask;

    private Task OnSatisfactionClickAsync(string key) =>
        ServiceSegmentKeys.ParseSatisfaction(key) is { } segment && _charts is { } charts
            ? ShowRecordsAsync(segment,
                $"{charts.AgentName(segment.AssigneeId)} · {string.Format(Text["Service.Stars"], segment.Rating)}")
            : Task.CompletedTask;

    private async Task ShowRecordsAsync(ServiceSegment segment, string label)
    {
        var records = await Analytics.RecordsBehindAsync(QueryOf(_filter), segment, RecordLimit);
        var title = string.Format(Text["Records.Tickets.Title"], label, records.Count);
        var parameters = new DialogParameters<TicketRecordsDialog>
        {
            { d => d.Records, records },
            { d => d.Title, title },
            { d => d.Limit, RecordLimit },
        };
        await Dialogs.ShowAsync<TicketRecordsDialog>(title, parameters, RecordsDialog);
    }

    private static ServiceQuery QueryOf(ServiceFilter filter) => new()
    {
        Kind = filter.Kind,
        PeriodKey = filter.PeriodKey,
        QueueId = filter.QueueId,
        AssigneeId = filter.AssigneeId,
        Channel = filter.Channel,
        Priority = filter.Priority,
    };
}
