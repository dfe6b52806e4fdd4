using Bunit;
using Crm.Web.Charts;

namespace Crm.Web.Tests.Charts;

/// <summary>Plotly.Blazor never redraws by itself: the frame must ask it to when the data changes.</summary>
public sealed class ChartFrameTests : ChartTestContext
{
    private const string PlotlyInterop = "./_content/Plotly.Blazor/plotly-interop-7.2.0.js";

    private static ChartSeries[] Series(decimal value) => [new("s", "Won", [new("a", "Li Wei", value)])];

    [Fact]
    public void Render_NewSeriesAfterTheFirstPlot_RedrawsWithTheNewData()
    {
        var plotly = JSInterop.SetupModule(PlotlyInterop);
        var cut = Render<BarChart>(p => p.Add(c => c.Series, Series(3)));

        cut.Render(p => p.Add(c => c.Series, Series(5)));

        Assert.Single(plotly.Invocations["react"]);
        Assert.Equal([5m], Trace<Plotly.Blazor.Traces.Bar, BarChart>(cut).Y);
    }

    [Fact]
    public void Render_SameParametersAgain_DoesNotRedraw()
    {
        var plotly = JSInterop.SetupModule(PlotlyInterop);
        var cut = Render<BarChart>(p => p.Add(c => c.Series, Series(3)));

        Assert.Empty(plotly.Invocations["react"]);
        Assert.Single(plotly.Invocations["newPlot"]);
    }

    [Fact]
    public void Render_WithClickHandler_SubscribesToPlotlyClicks()
    {
        var plotly = JSInterop.SetupModule(PlotlyInterop);

        Render<BarChart>(p => p.Add(c => c.Series, Series(3)).Add(c => c.OnSegmentClick, _ => { }));

        Assert.Single(plotly.Invocations["subscribeClickEvent"]);
    }

    [Fact]
    public void Render_WithoutClickHandler_DoesNotSubscribe()
    {
        var plotly = JSInterop.SetupModule(PlotlyInterop);

        Render<BarChart>(p => p.Add(c => c.Series, Series(3)));

        Assert.Empty(plotly.Invocations["subscribeClickEvent"]);
    }
}
