using Microsoft.AspNetCore.Components;
using Plotly.Blazor;
using Plotly.Blazor.LayoutLib;
using Plotly.Blazor.Traces;
using Plotly.Blazor.Traces.ScatterLib;

namespace Crm.Web.Charts;

/// <summary>
/// Series over periods (forecast against target over time, backlog by week): the points' labels are
/// the periods, in the order given. A dashed series reads as a reference line. A click on a point
/// raises its key. With no points, or only zeros, the chart shows its empty state.
/// </summary>
public sealed partial class LineChart : ChartComponent
{
    private ChartPlot _plot = default!;
    private bool _isEmpty;

    [Parameter, EditorRequired]
    public IReadOnlyList<ChartSeries> Series { get; set; } = [];

    /// <summary>Title of the value axis (already localized).</summary>
    [Parameter]
    public string? ValueTitle { get; set; }

    protected override void OnParametersSet()
    {
        _isEmpty = ChartValues.NothingToDraw(Series);
        var traces = Series.Select((s, i) => (ITrace)Trace(s, i)).ToList();
        var layout = Theme.BaseLayout();
        layout.ShowLegend = Series.Count > 1;
        layout.HoverMode = HoverModeEnum.XUnified;
        layout.XAxis = [ChartAxes.CategoryX(Theme)];
        layout.YAxis = [ChartAxes.ValueY(Theme, ValueTitle)];
        _plot = new ChartPlot(traces, layout, ChartPlot.ByIndex(ChartValues.Keys(Series)));
    }

    private Scatter Trace(ChartSeries series, int index)
    {
        var color = series.Color ?? Theme.ColorAt(index);

        return new Scatter
        {
            Name = ChartValues.Safe(series.Name),
            Mode = ModeFlag.Lines | ModeFlag.Markers,
            X = ChartValues.Labels(series.Points),
            Y = ChartValues.Values(series.Points),
            TextArray = ChartValues.Texts(series.Points),
            HoverTemplate = "%{fullData.name}: %{text}<extra></extra>",
            Line = new Line { Color = color, Width = 2, Dash = series.Dashed ? "dash" : "solid" },
            Marker = new Marker { Color = color, Size = 7 },
        };
    }
}
