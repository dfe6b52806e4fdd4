using System.Globalization;
using Bunit;
using Crm.Web.Charts;
using Plotly.Blazor.Interop;
using Plotly.Blazor.Traces;

namespace Crm.Web.Tests.Charts;

public sealed class FunnelChartTests : ChartTestContext
{
    // Three stages: 10 leads worth ¥50,000.00, 4 proposals worth ¥32,000.50, 1 won deal of ¥9,000.00.
    private static readonly FunnelSegment[] Stages =
    [
        new("stage-qualify", "Qualify", 10, 5_000_000, "¥50,000"),
        new("stage-proposal", "Proposal", 4, 3_200_050, "¥32,000.50"),
        new("stage-won", "Won", 1, 900_000, "¥9,000"),
    ];

    [Fact]
    public void Render_Stages_GivesOneFunnelOfAmountsInStageOrder()
    {
        var cut = Render<FunnelChart>(p => p.Add(c => c.Stages, Stages));

        var funnel = Trace<Funnel, FunnelChart>(cut);
        Assert.Equal(["Qualify", "Proposal", "Won"], funnel.Y);
        Assert.Equal([50_000m, 32_000.50m, 9_000m], funnel.X);
    }

    [Fact]
    public void Render_Stages_LabelsEachStageWithAmountAndCount()
    {
        var cut = Render<FunnelChart>(p => p.Add(c => c.Stages, Stages));

        var funnel = Trace<Funnel, FunnelChart>(cut);
        Assert.Equal(["¥50,000 · 10", "¥32,000.50 · 4", "¥9,000 · 1"], funnel.TextArray);
    }

    [Fact]
    public void Render_MeasureCount_WidensStagesByCount()
    {
        var cut = Render<FunnelChart>(p => p.Add(c => c.Stages, Stages).Add(c => c.Measure, FunnelMeasure.Count));

        Assert.Equal([10m, 4m, 1m], Trace<Funnel, FunnelChart>(cut).X);
    }

    [Fact]
    public void Render_NoStages_ShowsTheEmptyState()
    {
        var cut = Render<FunnelChart>(p => p.Add(c => c.Stages, []));

        Assert.Contains("No data for these filters", cut.Find("[data-testid=chart-empty]").TextContent);
        Assert.Empty(cut.FindComponents<Plotly.Blazor.PlotlyChart>());
    }

    [Fact]
    public async Task Click_SecondStage_RaisesItsKey()
    {
        string? clicked = null;
        var cut = Render<FunnelChart>(p => p.Add(c => c.Stages, Stages).Add(c => c.OnSegmentClick, k => clicked = k));

        await ClickAsync(cut, new EventDataPoint { TraceIndex = 0, PointIndex = 1 });

        Assert.Equal("stage-proposal", clicked);
    }

    [Fact]
    public void Render_ChineseCulture_HoverNamesTheFiguresInChinese()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");

        var cut = Render<FunnelChart>(p => p.Add(c => c.Stages, Stages));

        Assert.Equal("Won<br>金额：¥9,000<br>数量：1", Trace<Funnel, FunnelChart>(cut).HoverTextArray[2]);
    }
}
