using Bunit;
using Crm.Web.Charts;
using Plotly.Blazor.Interop;
using Plotly.Blazor.LayoutLib;
using Plotly.Blazor.Traces;
using Plotly.Blazor.Traces.BarLib;

namespace Crm.Web.Tests.Charts;

public sealed class BarChartTests : ChartTestContext
{
    // Won and lost deals per rep: Li Wei won 3 and lost 1, Wang Fang won 2 and lost 0.
    private static readonly ChartSeries[] WonAndLost =
    [
        new("won", "Won", [new("won:li", "Li Wei", 3), new("won:wang", "Wang Fang", 2)]),
        new("lost", "Lost", [new("lost:li", "Li Wei", 1), new("lost:wang", "Wang Fang", 0)], Color: "#c62828"),
    ];

    [Fact]
    public void Render_TwoSeries_GivesABarTracePerSeriesInOrder()
    {
        var cut = Render<BarChart>(p => p.Add(c => c.Series, WonAndLost));

        var traces = Plot(cut).Data.Cast<Bar>().ToList();
        Assert.Equal(["Won", "Lost"], traces.Select(t => t.Name));
        Assert.Equal([3m, 2m], traces[0].Y);
        Assert.Equal(["Li Wei", "Wang Fang"], traces[1].X);
    }

    [Fact]
    public void Render_SeriesColor_IsUsedOtherwiseTheThemeOrder()
    {
        var cut = Render<BarChart>(p => p.Add(c => c.Series, WonAndLost));

        var traces = Plot(cut).Data.Cast<Bar>().ToList();
        Assert.Equal(("#2454d6", "#c62828"), (traces[0].Marker.Color, traces[1].Marker.Color));
    }

    [Fact]
    public void Render_Stacked_StacksTheBars()
    {
        var cut = Render<BarChart>(p => p
            .Add(c => c.Series, WonAndLost)
            .Add(c => c.Arrangement, BarArrangement.Stacked));

        Assert.Equal(BarModeEnum.Stack, Plot(cut).Layout.BarMode);
    }

    [Fact]
    public void Render_Horizontal_PutsCategoriesOnTheSideFirstOnTop()
    {
        var cut = Render<BarChart>(p => p.Add(c => c.Series, WonAndLost).Add(c => c.Horizontal, true));

        var bar = Trace<Bar, BarChart>(cut);
        Assert.Equal(OrientationEnum.H, bar.Orientation);
        Assert.Equal(["Li Wei", "Wang Fang"], bar.Y);
        Assert.Equal(Plotly.Blazor.LayoutLib.YAxisLib.AutoRangeEnum.Reversed, Plot(cut).Layout.YAxis[0].AutoRange);
    }

    [Fact]
    public void Render_PointText_IsShownOtherwiseTheValue()
    {
        ChartSeries[] series = [new("amount", "Amount", [new("a", "A", 1234.5m, "¥1,234.50"), new("b", "B", 20000)])];

        var cut = Render<BarChart>(p => p.Add(c => c.Series, series));

        Assert.Equal(["¥1,234.50", "20,000"], Trace<Bar, BarChart>(cut).TextArray);
    }

    [Fact]
    public void Render_OnlyZeros_ShowsTheEmptyState()
    {
        ChartSeries[] series = [new("s", "S", [new("a", "A", 0)])];

        var cut = Render<BarChart>(p => p.Add(c => c.Series, series));

        Assert.Single(cut.FindAll("[data-testid=chart-empty]"));
    }

    [Fact]
    public async Task Click_SecondSeriesFirstBar_RaisesThatPointsKey()
    {
        string? clicked = null;
        var cut = Render<BarChart>(p => p.Add(c => c.Series, WonAndLost).Add(c => c.OnSegmentClick, k => clicked = k));

        await ClickAsync(cut, new EventDataPoint { TraceIndex = 1, PointIndex = 0 });

        Assert.Equal("lost:li", clicked);
    }

    [Fact]
    public void Render_NameWithMarkup_IsEscapedForPlotly()
    {
        ChartSeries[] series = [new("s", "R&D <team>", [new("a", "A<br>B", 1)])];

        var cut = Render<BarChart>(p => p.Add(c => c.Series, series));

        var bar = Trace<Bar, BarChart>(cut);
        Assert.Equal(("R&amp;D &lt;team&gt;", (object)"A&lt;br&gt;B"), (bar.Name, bar.X[0]));
    }

    // Won per month against a target that was not set in February.
    private static readonly ChartSeries[] Won =
        [new("won", "Won", [new("won:1", "Jan", 80), new("won:2", "Feb", 50), new("won:3", "Mar", 120)])];

    private static readonly ChartSeries[] Target =
        [new("target", "Target", [new("target:1", "Jan", 100), new("target:3", "Mar", 100)], Dashed: true)];

    [Fact]
    public void Render_Lines_DrawsThemAfterTheBarsOnEveryCategoryWithAGapWhereAPointIsMissing()
    {
        var cut = Render<BarChart>(p => p.Add(c => c.Series, Won).Add(c => c.Lines, Target));

        var line = Trace<Scatter, BarChart>(cut, 1);
        Assert.Equal(["Jan", "Feb", "Mar"], line.X);
        Assert.Equal([100m, null, 100m], line.Y);
        Assert.Equal((false, "dash"), (line.ConnectGaps, line.Line.Dash));
    }

    [Fact]
    public void Render_OnlyALineHasValues_IsNotEmpty()
    {
        ChartSeries[] nothingWon = [new("won", "Won", [new("won:1", "Jan", 0)])];

        var cut = Render<BarChart>(p => p.Add(c => c.Series, nothingWon).Add(c => c.Lines, Target));

        Assert.Empty(cut.FindAll("[data-testid=chart-empty]"));
    }

    [Fact]
    public async Task Click_LinePoint_RaisesThatPointsKey()
    {
        string? clicked = null;
        var cut = Render<BarChart>(p => p
            .Add(c => c.Series, Won).Add(c => c.Lines, Target).Add(c => c.OnSegmentClick, k => clicked = k));

        await ClickAsync(cut, new EventDataPoint { TraceIndex = 1, PointIndex = 2 });

        Assert.Equal("target:3", clicked);
    }
}
