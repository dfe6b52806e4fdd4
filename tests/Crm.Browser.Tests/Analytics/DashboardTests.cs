using System.Text.RegularExpressions;
using Crm.Browser.Tests.Common;
using Crm.Browser.Tests.Pipeline;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Crm.Browser.Tests.Analytics;

/// <summary>The dashboards as people see them: drawn charts, and figures that follow a change live.</summary>
public sealed class DashboardTests(BrowserFixture browser, CrmAppFixture app) : IAsyncDisposable
{
    private const string Rep = "zhang.wei@demo.crm";
    private const string Teammate = "wang.lei@demo.crm";
    private const string SupportLead = "xu.jing@demo.crm";

    // Live changes reach the other browser through the server; a loaded machine may take a while.
    private const float Patience = 30_000;

    private readonly List<IBrowserContext> _contexts = [];

    // 张伟 moves his new opportunity on the board; 王磊's sales dashboard, open on the same
    // pipeline in another browser, counts it in 方案报价 without a reload.
    [Fact]
    public async Task Funnel_StageChangedOnTheBoardElsewhere_MovesWithoutReload()
    {
        var (pipelineId, opportunity) = await app.PipelineWithOpportunityOfAsync(Rep);
        var dashboard = await OpenAsync(Teammate, $"/analytics/sales?pipeline={pipelineId}");
        var funnel = dashboard.GetByTestId("sales-funnel-card");
        await funnel.GetByTestId("chart-table-toggle").ClickAsync();
        await Expect(StepCount(funnel, "初步接洽")).ToHaveTextAsync("1");
        await Expect(StepCount(funnel, "方案报价")).ToHaveTextAsync("0");
        var board = await OpenAsync(Rep, $"/pipeline/{pipelineId}");

        await Card(board, "初步接洽", opportunity).DragToAsync(Column(board, "方案报价"));

        await Expect(StepCount(funnel, "方案报价")).ToHaveTextAsync("1", new() { Timeout = Patience });
        await Expect(StepCount(funnel, "初步接洽")).ToHaveTextAsync("1");
    }

    [Fact]
    public async Task SalesDashboard_Opened_DrawsItsCharts()
    {
        var page = await OpenAsync(Teammate, "/analytics/sales");

        foreach (var chart in new[] { "sales-funnel", "sales-lost", "sales-durations", "sales-leaderboard" })
        {
            await Expect(Drawn(page, chart)).ToBeVisibleAsync();
        }

        // "29%", or "29 %" where the culture spaces it.
        await Expect(page.GetByTestId("kpi-win-rate").GetByTestId("kpi-value"))
            .ToHaveTextAsync(new Regex(@"\d+\s?%|–"));
    }

    [Fact]
    public async Task ServiceDashboard_Opened_DrawsItsCharts()
    {
        var page = await OpenAsync(SupportLead, "/analytics/service");

        foreach (var chart in new[] { "service-heatmap", "service-channels", "service-categories", "service-backlog" })
        {
            await Expect(Drawn(page, chart)).ToBeVisibleAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var context in _contexts)
        {
            await context.DisposeAsync();
        }
    }

    private async Task<IPage> OpenAsync(string email, string path)
    {
        var context = await browser.NewContextAsync(app.BaseUrl);
        _contexts.Add(context);
        var page = await context.NewPageAsync();
        await page.SignInAsync(email);
        await page.GoToAsync(path);

        return page;
    }

    // Plotly draws into an SVG of its own once the chart has data.
    private static ILocator Drawn(IPage page, string chart) =>
        page.GetByTestId(chart).Locator("svg.main-svg").First;

    // The funnel's table: stage, reached, amount, conversion.
    private static ILocator StepCount(ILocator card, string stage) =>
        card.GetByTestId("chart-table").Locator("tr").Filter(new() { HasText = stage }).Locator("td").Nth(1);

    private static ILocator Column(IPage page, string stage) =>
        page.Locator($"[data-testid=board-column][data-stage='{stage}']");

    private static ILocator Card(IPage page, string stage, string opportunity) =>
        Column(page, stage).GetByTestId("board-card").Filter(new() { HasText = opportunity });
}
