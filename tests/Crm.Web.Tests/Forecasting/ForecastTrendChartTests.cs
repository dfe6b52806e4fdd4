using Bunit;
using Crm.Domain.Forecasting;
using Crm.Infrastructure.Forecasting;
using Crm.Web.Charts;
using Crm.Web.Forecasting;
using Crm.Web.Tests.Charts;
using Plotly.Blazor.Traces;

namespace Crm.Web.Tests.Forecasting;

/// <summary>
/// FY2026-Q1 with two snapshot days and the live point, CNY minor units, target 10 000 000:
/// <code>
/// 2026-05-04  won 1 000 000, commit 2 000 000, best case   500 000, weighted 1 600 000
/// 2026-05-11  won 3 000 000, commit 1 000 000, best case   500 000, weighted   900 000
/// now         won 4 000 000, commit 1 000 000, best case         0, weighted   700 000
/// </code>
/// </summary>
public sealed class ForecastTrendChartTests : ChartTestContext
{
    private static readonly FiscalPeriod Quarter = new FiscalCalendar(4).Parse("FY2026-Q1")!;

    private static readonly ForecastTrendPoint[] Points =
    [
        Point(new DateOnly(2026, 5, 4), false, 1_000_000, 2_000_000, 500_000, 1_600_000),
        Point(new DateOnly(2026, 5, 11), false, 3_000_000, 1_000_000, 500_000, 900_000),
        Point(new DateOnly(2026, 5, 12), true, 4_000_000, 1_000_000, 0, 700_000),
    ];

    [Fact]
    public void Render_SnapshotsAndTarget_DrawsClosedWonCommitBestCaseAndTheTarget()
    {
        var cut = RenderChart(new ForecastTrendView(Quarter, "CNY", 10_000_000, 2, Points));

        var series = cut.FindComponent<LineChart>().Instance.Series;
        Assert.Equal(["ClosedWon", "Commit", "BestCase", "Target"], series.Select(s => s.Key));
        Assert.Equal([false, false, false, true], series.Select(s => s.Dashed));
    }

    [Fact]
    public void Render_SnapshotsAndTarget_StacksTheCategoriesCumulatively()
    {
        var cut = RenderChart(new ForecastTrendView(Quarter, "CNY", 10_000_000, 2, Points));

        // Won + commit + best case, in yuan: 10 000 + 20 000 + 5 000, then 30 000 + 10 000 + 5 000, then 50 000.
        var bestCase = Trace<Scatter, ForecastTrendChart>(cut, 2);
        Assert.Equal([35_000m, 45_000m, 50_000m], bestCase.Y);
    }

    [Fact]
    public void Render_SnapshotDaysAndNow_LabelsThePointsByDayAndTheLastAsNow()
    {
        var cut = RenderChart(new ForecastTrendView(Quarter, "CNY", 10_000_000, 2, Points));

        Assert.Equal(["5/4/2026", "5/11/2026", "Now"], Trace<Scatter, ForecastTrendChart>(cut).X);
    }

    [Fact]
    public void Render_Target_IsFlatAtTheTarget()
    {
        var cut = RenderChart(new ForecastTrendView(Quarter, "CNY", 10_000_000, 2, Points));

        Assert.Equal([100_000m, 100_000m, 100_000m], Trace<Scatter, ForecastTrendChart>(cut, 3).Y);
    }

    [Fact]
    public void Render_NoTarget_DrawsNoTargetLine()
    {
        var cut = RenderChart(new ForecastTrendView(Quarter, "CNY", null, 2, Points));

        Assert.Equal(3, cut.FindComponent<LineChart>().Instance.Series.Count);
    }

    [Fact]
    public void Render_Table_GivesEachPointsAttainment()
    {
        var cut = RenderChart(new ForecastTrendView(Quarter, "CNY", 10_000_000, 2, Points));

        // 1 000 000, 3 000 000 and 4 000 000 won of 10 000 000.
        var table = cut.FindComponent<ChartCard>().Instance.Table!;
        Assert.Equal([0.1m, 0.3m, 0.4m], table.Rows.Select(r => r[^1].Value.Number));
    }

    [Fact]
    public void Render_NoSnapshot_ShowsTheEmptyStateInsteadOfAChart()
    {
        var cut = RenderChart(new ForecastTrendView(Quarter, "CNY", 10_000_000, 0, [Points[^1]]));

        Assert.Contains("weekly", cut.Find("[data-testid=forecast-trend-empty]").TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindComponents<LineChart>());
    }

    private IRenderedComponent<ForecastTrendChart> RenderChart(ForecastTrendView view) =>
        Render<ForecastTrendChart>(p => p.Add(c => c.Trend, view));

    private static ForecastTrendPoint Point(
        DateOnly day, bool live, long won, long commit, long bestCase, long weighted) =>
        new(day, day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), live,
            new ForecastFigures(won, commit, bestCase, 0, weighted, 0));
}
