using Bunit;
using Crm.Web.Charts;
using Plotly.Blazor.Interop;
using Plotly.Blazor.Traces;
using Plotly.Blazor.Traces.ScatterLib;

namespace Crm.Web.Tests.Charts;

public sealed class LineChartTests : ChartTestContext
{
    // Forecast against target over three fiscal months; the target is flat at 100.
    private static readonly ChartSeries[] ForecastAndTarget =
    [
        new("forecast", "Forecast",
            [new("f:04", "2026-04", 80), new("f:05", "2026-05", 95), new("f:06", "2026-06", 110)]),
        new("target", "Target",
            [new("t:04", "2026-04", 100), new("t:05", "2026-05", 100), new("t:06", "2026-06", 100)], Dashed: true),
    ];

    [Fact]
    public void Render_TwoSeries_GivesALinePerSeriesOverThePeriods()
    {
        var cut = Render<LineChart>(p => p.Add(c => c.Series, ForecastAndTarget));

        var forecast = Trace<Scatter, LineChart>(cut);
        Assert.Equal(["2026-04", "2026-05", "2026-06"], forecast.X);
        Assert.Equal([80m, 95m, 110m], forecast.Y);
        Assert.Equal(ModeFlag.Lines | ModeFlag.Markers, forecast.Mode);
    }

    [Fact]
    public void Render_DashedSeries_DrawsADashedLine()
    {
        var cut = Render<LineChart>(p => p.Add(c => c.Series, ForecastAndTarget));

        var dashes = Plot(cut).Data.Cast<Scatter>().Select(t => t.Line.Dash);
        Assert.Equal(["solid", "dash"], dashes);
    }

    [Fact]
    public void Render_NoSeries_ShowsTheCallersEmptyText()
    {
        var cut = Render<LineChart>(p => p.Add(c => c.Series, []).Add(c => c.EmptyText, "No forecast yet"));

        Assert.Contains("No forecast yet", cut.Find("[data-testid=chart-empty]").TextContent);
    }

    [Fact]
    public async Task Click_TargetInMay_RaisesItsKey()
    {
        string? clicked = null;
        var cut = Render<LineChart>(p => p
            .Add(c => c.Series, ForecastAndTarget)
            .Add(c => c.OnSegmentClick, k => clicked = k));

        await ClickAsync(cut, new EventDataPoint { TraceIndex = 1, PointIndex = 1 });

        Assert.Equal("t:05", clicked);
    }

    [Fact]
    public async Task Click_PointOutsideTheData_RaisesNothing()
    {
        var clicks = 0;
        var cut = Render<LineChart>(p => p
            .Add(c => c.Series, ForecastAndTarget)
            .Add(c => c.OnSegmentClick, _ => clicks++));

        await ClickAsync(cut, new EventDataPoint { TraceIndex = 2, PointIndex = 0 });

        Assert.Equal(0, clicks);
    }
}
