using Bunit;
using Crm.Domain.Analytics.Sales;
using Crm.Domain.Forecasting;
using Crm.Domain.Pipeline;
using Crm.Infrastructure.Analytics;
using Crm.Infrastructure.Analytics.Sales;
using Crm.Infrastructure.Pipeline;
using Crm.Web.Analytics.Sales;
using Crm.Web.Charts;
using Crm.Web.Tests.Charts;
using Crm.Web.Tests.Pipeline;
using Microsoft.Extensions.DependencyInjection;


namespace Crm.Web.Tests.Analytics;

public sealed class SalesDashboardPageTests : DashboardTestContext
{
    private static readonly Guid Rep1 = Guid.NewGuid();
    private static readonly Guid Rep2 = Guid.NewGuid();
    private static readonly FunnelStage Qualify = new(Guid.NewGuid(), "Qualify", 1, StageOutcome.Open);
    private static readonly FunnelStage Won = new(Guid.NewGuid(), "Won", 2, StageOutcome.Won);

    private readonly FakeSalesAnalytics _analytics = new(Dashboard());
    private readonly FakeOpportunityFacts _facts = new();

    public SalesDashboardPageTests()
    {
        Services.AddSingleton<ISalesAnalytics>(_analytics);
        Services.AddSingleton<IOpportunityFacts>(_facts);
        Services.AddSingleton<IPipelineService>(new FakePipelineService(
            new PipelineView(Guid.NewGuid(), 1, "New business", [])));
    }

    [Fact]
    public void Render_Dashboard_FunnelGetsEveryStepWithCountAndAmount()
    {
        var cut = Render<SalesDashboardPage>();

        var funnel = cut.FindComponent<FunnelChart>().Instance;
        Assert.Equal([(Qualify.Id.ToString(), "Qualify", 5L, 20_000_000L), (Won.Id.ToString(), "Won", 1, 10_000_000)],
            funnel.Stages.Select(s => (s.Key, s.Label, s.Count, s.AmountMinorUnits)));
    }

    [Fact]
    public void Render_Dashboard_LeaderboardBarsAreTheRepsWonAmountsLeaderFirst()
    {
        var cut = Render<SalesDashboardPage>();

        var leaders = cut.FindComponents<BarChart>().Single(b => b.Instance.TestId == "sales-leaderboard").Instance;
        Assert.Equal([("Wang Fang", 100_000m), ("Zhao Min", 50_000m)],
            leaders.Series[0].Points.Select(p => (p.Label, p.Value)));
    }

    [Fact]
    public void Render_LostWithoutReason_BarNamedNoReasonGiven()
    {
        var cut = Render<SalesDashboardPage>();

        var lost = cut.FindComponents<BarChart>().Single(b => b.Instance.TestId == "sales-lost").Instance;
        Assert.Equal(["Price", "No reason given"], lost.Series[0].Points.Select(p => p.Label));
    }

    [Fact]
    public void FactTableChanged_ReadsTheFiguresAgain()
    {
        var cut = Render<SalesDashboardPage>();
        var before = _analytics.Queries.Count;

        _facts.AnnounceChange();

        cut.WaitForAssertion(() => Assert.True(_analytics.Queries.Count > before));
    }

    [Fact]
    public async Task FunnelStepClicked_AsksForTheRecordsBehindIt()
    {
        var cut = Render<SalesDashboardPage>();
        var funnel = cut.FindComponent<FunnelChart>();

        await cut.InvokeAsync(() => funnel.Instance.OnSegmentClick.InvokeAsync(Qualify.Id.ToString()));

        Assert.Equal(new SalesSegment.FunnelStep(Qualify.Id), Assert.Single(_analytics.Segments));
    }

    // MES 二期 won on 1 March for ¥200,000.00; WMS 升级 open, expected 31 March, without a rate.
    [Fact]
    public async Task RecordsExported_CsvHoldsTheDialogsRowsWithAmountsAsMoney()
    {
        _analytics.Records =
        [
            new(Guid.NewGuid(), "MES 二期", "华东制造", "王芳", "Won", OpportunityStatus.Won, 20_000_000,
                new DateOnly(2026, 3, 31), new DateOnly(2026, 3, 1)),
            new(Guid.NewGuid(), "WMS 升级", "华东制造", "王芳", "Qualify", OpportunityStatus.Open, null,
                new DateOnly(2026, 3, 31), null),
        ];
        RenderProviders();
        var cut = Render<SalesDashboardPage>();
        var funnel = cut.FindComponent<FunnelChart>();
        await cut.InvokeAsync(() => funnel.Instance.OnSegmentClick.InvokeAsync(Qualify.Id.ToString()));
        Dialogs.WaitForElements("[data-testid=records-row]");

        var (name, csv) = await ExportCsvAsync(Dialogs, "records-export");

        Assert.Equal("Qualify_ 2 opportunities 2026-03-02.csv", name);
        Assert.Equal(
            "\uFEFFOpportunity,Account,Owner,Stage,Amount,Close\r\n"
            + "MES 二期,华东制造,王芳,Won,200000.00,2026-03-01\r\n"
            + "WMS 升级,华东制造,王芳,Qualify,no rate,2026-03-31\r\n", csv);
    }

    private static SalesDashboard Dashboard()
    {
        var period = new FiscalCalendar(1).PeriodContaining(new DateOnly(2026, 3, 2), PeriodKind.Quarter);

        return new SalesDashboard(
            1,
            new PeriodView(period, new FiscalCalendar(1), new DateOnly(2026, 3, 2)),
            Guid.NewGuid(),
            "CNY",
            [new FunnelStep(Qualify, 5, 20_000_000, null), new FunnelStep(Won, 1, 10_000_000, 0.2m)],
            [new StageDuration(Qualify, 4, TimeSpan.FromDays(3))],
            new WinFigures(1, 2, 1m / 3, 10_000_000, 10_000_000, 20m, 4, 666_667),
            [
                new LeaderboardEntry(1, Rep1, 10_000_000, 1, 1, 0.5m, 0),
                new LeaderboardEntry(2, Rep2, 5_000_000, 1, 0, 1m, 0),
            ],
            [new LostReason("Price", 1, 3_000_000), new LostReason("", 1, 1_000_000)],
            [],
            new AnalyticsChoices([new(Rep1, "Wang Fang"), new(Rep2, "Zhao Min")], [], []));
    }
}
