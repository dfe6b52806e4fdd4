using Bunit;
using Crm.Domain.Analytics.Customers;
using Crm.Domain.Customers;
using Crm.Domain.Forecasting;
using Crm.Infrastructure.Analytics;
using Crm.Infrastructure.Analytics.Customers;
using Crm.Web.Analytics.Customers;
using Crm.Web.Charts;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Web.Tests.Analytics;

public sealed class CustomerDashboardPageTests : DashboardTestContext
{
    private static readonly Guid Jinggong = Guid.NewGuid();
    private static readonly Guid Huadong = Guid.NewGuid();

    // Two key customers: 上海精工 won twice for ¥300,000.00, 华东制造 once for ¥1,234.50.
    private static readonly AccountRecord[] KeyCustomers =
    [
        new(Jinggong, "上海精工", AccountTier.Key, "王芳", 2, 30_000_000),
        new(Huadong, "华东制造", AccountTier.Key, "李强", 1, 123_450),
    ];

    private readonly FakeCustomerAnalytics _analytics = new(Dashboard()) { Records = KeyCustomers };

    public CustomerDashboardPageTests()
    {
        Services.AddSingleton<ICustomerAnalytics>(_analytics);
        Services.AddSingleton<IOpportunityFacts>(new FakeOpportunityFacts());
        RenderProviders();
    }

    [Fact]
    public async Task TierBarClicked_DialogListsTheCustomersWithLinksToTheirAccounts()
    {
        var page = Render<CustomerDashboardPage>();

        await ClickTierAsync(page, "Key");

        var rows = Dialogs.WaitForElements("[data-testid=records-row]");
        Assert.Equal(new CustomerSegment.Tier(AccountTier.Key), Assert.Single(_analytics.Segments));
        Assert.Equal($"/accounts/{Jinggong}", rows[0].QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal(["上海精工", "Key", "王芳", "2", "¥300,000"],
            rows[0].QuerySelectorAll("td").Select(td => td.TextContent.Trim()));
    }

    [Fact]
    public async Task TierKeyThatDoesNotParse_AsksForNothing()
    {
        var page = Render<CustomerDashboardPage>();

        await ClickTierAsync(page, "Platinum");

        Assert.Empty(_analytics.Segments);
    }

    [Fact]
    public async Task RecordsExported_CsvHoldsTheCustomersWithTheirValueAsMoney()
    {
        var page = Render<CustomerDashboardPage>();
        await ClickTierAsync(page, "Key");
        Dialogs.WaitForElements("[data-testid=records-row]");

        var (name, csv) = await ExportCsvAsync(Dialogs, "records-export");

        Assert.Equal("Key_ 2 customers 2026-03-02.csv", name);
        Assert.Equal(
            "\uFEFFAccount,Tier,Owner,Won,Lifetime value\r\n"
            + "上海精工,Key,王芳,2,300000.00\r\n华东制造,Key,李强,1,1234.50\r\n", csv);
    }

    [Fact]
    public async Task TopAccountsExported_CsvHoldsTheRowsTheTableShows()
    {
        var page = Render<CustomerDashboardPage>();

        var (_, csv) = await ExportCsvAsync(page, "chart-export", "[data-testid=customers-top-card]");

        Assert.Equal(
            "\uFEFFAccount,Tier,Won,Lifetime value,Last won,Open pipeline,Status\r\n"
            + "上海精工,Key,2,300000.00,2026-03-01,50000.00,Active\r\n", csv);
    }

    private static Task ClickTierAsync(IRenderedComponent<CustomerDashboardPage> page, string key)
    {
        var bar = page.FindComponents<BarChart>().Single(b => b.Instance.TestId == "customers-tiers");

        return page.InvokeAsync(() => bar.Instance.OnSegmentClick.InvokeAsync(key));
    }

    private static CustomerDashboard Dashboard()
    {
        var period = new FiscalCalendar(1).PeriodContaining(new DateOnly(2026, 3, 2), PeriodKind.Quarter);
        var top = new CustomerValue(
            Jinggong, AccountTier.Key, 2, 30_000_000, new DateOnly(2026, 3, 1), 5_000_000, false);
        var figures = new CustomerFigures(
            new DateOnly(2026, 3, 2), 365, 1, 1, 1m, 0, 0m, 30_000_000,
            [
                new TierShare(AccountTier.Strategic, 0, 0), new TierShare(AccountTier.Key, 1, 30_000_000),
                new TierShare(AccountTier.Standard, 0, 0),
            ],
            [top]);

        var view = new PeriodView(period, new FiscalCalendar(1), new DateOnly(2026, 3, 2));

        return new CustomerDashboard(1, view, "CNY", figures,
            new Dictionary<Guid, string> { [Jinggong] = "上海精工" }, AnalyticsChoices.None);
    }
}
