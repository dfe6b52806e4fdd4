using Crm.Infrastructure.Analytics;
using Crm.Infrastructure.Analytics.Sales;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Pipeline;
using Crm.Domain.Forecasting;
using Crm.Web.Charts;
using Crm.Web.Periods;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Crm.Web.Analytics.Sales;

/// <summary>
/// <c>/analytics/sales</c>: the funnel, lost reasons, time in stage and the leaderboard for a
/// fiscal period, over the opportunities the user sees. Figures come from the live fact table
/// and are computed again when it changes (coalesced); nothing polls. Clicking a segment lists
/// the opportunities behind it. Period and filters live in the address.
/// </summary>
public sealed partial class SalesDashboardPage : LiveDashboard
{
    private AnalyticsFilter _filter = AnalyticsFilter.None;
    private IReadOnlyList<PipelineView>? _pipelines;
    private SalesDashboard? _dashboard;
    private SalesCharts? _charts;
    private FunnelMeasure _measure = FunnelMeasure.Amount;

    [Inject]
    private ISalesAnalytics Analytics { get; set; } = default!;

    [Inject]
    private IPipelineService Pipelines { get; set; } = default!;

    [Inject]
    private IOpportunityFacts Facts { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private IStringLocalizer<AnalyticsText> Text { get; set; } = default!;

    [Inject]
    private IStringLocalizer<PeriodText> Periods { get; set; } = default!;

    [SupplyParameterFromQuery(Name = "kind")]
    public string? Kind { get; set; }

    [SupplyParameterFromQuery(Name = "period")]
    public string? Period { get; set; }

    [SupplyParameterFromQuery(Name = "pipeline")]
    public string? Pipeline { get; set; }

    [SupplyParameterFromQuery(Name = "team")]
    public string? Team { get; set; }

    [SupplyParameterFromQuery(Name = "rep")]
    public string? Rep { get; set; }

    [SupplyParameterFromQuery(Name = "region")]
    public string? Region { get; set; }

    [SupplyParameterFromQuery(Name = "industry")]
    public string? Industry { get; set; }

    private string Subtitle => _dashboard is { } dashboard
        ? string.Format(Text["Sales.Subtitle"], PeriodNames.Range(Periods, dashboard.Period.Period),
            _pipelines?.FirstOrDefault(p => p.Id == dashboard.PipelineId)?.Name ?? "")
        : "";

    protected override async Task OnInitializedAsync() => _pipelines = await Pipelines.ListAsync();

    protected override IDisposable Follow(Action onChanged) => Facts.Subscribe(onChanged);

    protected override void ReadAddress() =>
        _filter = AnalyticsFilter.Parse(Kind, Period, Pipeline, Team, Rep, Region, Industry);

    protected override async Task LoadAsync()
    {
        try
        {
            _dashboard = await Analytics.ReadAsync(QueryOf(_filter));
        }
        catch (NotFoundException) when (_filter.PipelineId is not null)
        {
            _filter = _filter with { PipelineId = null };
            _dashboard = await Analytics.ReadAsync(QueryOf(_filter));
        }

        _charts = new SalesCharts(_dashboard, Text);
    }

    private void OnFilterChanged(AnalyticsFilter filter) => Navigate(filter.ToQueryParameters());

    private void OnPeriodChanged(FiscalPeriod period) =>
        OnFilterChanged(_filter.WithPeriod(period, _dashboard?.Period.Today));

    private Task OnFunnelClickAsync(string key) =>
        Guid.TryParse(key, out var stageId)
            ? ShowRecordsAsync(new SalesSegment.FunnelStep(stageId), StageName(stageId))
            : Task.CompletedTask;

    private Task OnRepClickAsync(string key) =>
        Guid.TryParse(key, out var ownerId)
            ? ShowRecordsAsync(new SalesSegment.Rep(ownerId), _dashboard?.Choices.NameOf(ownerId) ?? "")
            : Task.CompletedTask;

    private Task OnLostReasonClickAsync(string key) =>
        ShowRecordsAsync(new SalesSegment.LostReason(key), key.Length == 0 ? Text["Lost.NoReason"] : key);

    private async Task ShowRecordsAsync(SalesSegment segment, string label)
    {
        var records = await Analytics.RecordsBehindAsync(QueryOf(_filter), segment, RecordLimit);
        var title = string.Format(Text["Records.Title"], label, records.Count);
        var parameters = new DialogParameters<OpportunityRecordsDialog>
        {
            { d => d.Records, records },
            { d => d.BaseCurrency, _dashboard?.BaseCurrency ?? "" },
            { d => d.Title, title },
            { d => d.Limit, RecordLimit },
        };
        await Dialogs.ShowAsync<OpportunityRecordsDialog>(title, parameters, RecordsDialog);
    }

    private string StageName(Guid stageId) =>
        _dashboard?.Funnel.FirstOrDefault(s => s.Stage.Id == stageId)?.Stage.Name ?? "";

    private static SalesQuery QueryOf(AnalyticsFilter filter) => new()
    {
        Kind = filter.Kind,
        PeriodKey = filter.PeriodKey,
        PipelineId = filter.PipelineId,
        TeamId = filter.TeamId,
        OwnerId = filter.OwnerId,
        Region = filter.Region,
        Industry = filter.Industry,
    };
}
