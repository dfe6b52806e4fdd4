using Crm.Domain.Customers;
using Crm.Domain.Forecasting;
using Crm.Infrastructure.Analytics;
using Crm.Infrastructure.Analytics.Customers;
using Crm.Web.Customers;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Crm.Web.Analytics.Customers;

/// <summary>
/// <c>/analytics/customers</c>: customers by tier, repeat purchase, churn, lifetime value and the
/// top accounts as of a fiscal period's end, over the opportunities the user sees. Computed again
/// when the fact table changes (coalesced); period and filters live in the address. Clicking a
/// tier's bar lists the customers behind it.
/// </summary>
public sealed partial class CustomerDashboardPage : LiveDashboard
{
    private AnalyticsFilter _filter = AnalyticsFilter.None;
    private CustomerDashboard? _dashboard;
    private CustomerCharts? _charts;

    [Inject]
    private ICustomerAnalytics Analytics { get; set; } = default!;

    [Inject]
    private IOpportunityFacts Facts { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private IStringLocalizer<AnalyticsText> Text { get; set; } = default!;

    [Inject]
    private IStringLocalizer<CustomersText> CustomerText { get; set; } = default!;

    [SupplyParameterFromQuery(Name = "kind")]
    public string? Kind { get; set; }

    [SupplyParameterFromQuery(Name = "period")]
    public string? Period { get; set; }

    [SupplyParameterFromQuery(Name = "team")]
    public string? Team { get; set; }

    [SupplyParameterFromQuery(Name = "rep")]
    public string? Rep { get; set; }

    [SupplyParameterFromQuery(Name = "region")]
    public string? Region { get; set; }

    [SupplyParameterFromQuery(Name = "industry")]
    public string? Industry { get; set; }

    protected override IDisposable Follow(Action onChanged) => Facts.Subscribe(onChanged);

    protected override void ReadAddress() =>
        _filter = AnalyticsFilter.Parse(Kind, Period, null, Team, Rep, Region, Industry);

    protected override async Task LoadAsync()
    {
        _dashboard = await Analytics.ReadAsync(QueryOf(_filter));
        _charts = new CustomerCharts(_dashboard, Text, CustomerText);
    }

    private void OnFilterChanged(AnalyticsFilter filter) => Navigate(filter.ToQueryParameters());

    private void OnPeriodChanged(FiscalPeriod period) =>
        OnFilterChanged(_filter.WithPeriod(period, _dashboard?.Period.Today));

    private async Task OnTierClickAsync(string key)
    {
        if (!Enum.TryParse<AccountTier>(key, out var tier) || !Enum.IsDefined(tier))
        {
            return;
        }

        var records = await Analytics.RecordsBehindAsync(QueryOf(_filter), new CustomerSegment.Tier(tier), RecordLimit);
        var title = string.Format(Text["Records.Accounts.Title"], CustomerText[$"Tier.{tier}"], records.Count);
        var parameters = new DialogParameters<AccountRecordsDialog>
        {
            { d => d.Records, records },
            { d => d.BaseCurrency, _dashboard?.BaseCurrency ?? "" },
            { d => d.Title, title },
            { d => d.Limit, RecordLimit },
        };
        await Dialogs.ShowAsync<AccountRecordsDialog>(title, parameters, RecordsDialog);
    }

    private static CustomerQuery QueryOf(AnalyticsFilter filter) => new()
    {
        Kind = filter.Kind,
        PeriodKey = filter.PeriodKey,
        TeamId = filter.TeamId,
        OwnerId = filter.OwnerId,
        Region = filter.Region,
        Industry = filter.Industry,
    };
}
