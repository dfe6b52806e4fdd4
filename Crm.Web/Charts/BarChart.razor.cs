using Microsoft.AspNetCore.Components;
using Plotly.Blazor;
using Plotly.Blazor.LayoutLib;
using Plotly.Blazor.Traces;
using Plotly.Blazor.Traces.BarLib;

namespace Crm.Web.Charts;

/// <summary>
/// Bars per category, one colour per series, grouped or stacked, upright or horizontal (long names
/// such as reps or lost reasons read better lying down). A click on a bar raises its point's key.
/// With no points, or only zeros, the chart shows its empty state.
/// </summary>
public sealed partial class BarChart : ChartComponent
{
    private ChartPlot _plot = default!;
    private bool _isEmpty;

    [Parameter, EditorRequired]
    public IReadOnlyList<ChartSeries> Series { get; set; } = [];

    [Parameter]
    public BarArrangement Arrangement { get; set; } = BarArrangement.Grouped;

    /// <summary>Categories down the side, bars to the right; the first category on top.</summary>
    [Parameter]
    public bool Horizontal { get; set; }

    /// <summary>Title of the value axis (already localized), e.g. "Amount (CNY)".</summary>
    [Parameter]
    public string? ValueTitle { get; set; }

    protected override void OnParametersSet()
    {
        _isEmpty = ChartValues.NothingToDraw(Series);
        var traces = Series.Select((s, i) => (ITrace)Trace(s, i)).ToList();
        _plot = new ChartPlot(traces, Layout(), ChartPlot.ByIndex(ChartValues.Keys(Series)));
    }

    private Bar Trace(ChartSeries series, int index)
    {
        var labels = ChartValues.Labels(series.Points);
        var values = ChartValues.Values(series.Points);

        return new Bar
        {
            Name = ChartValues.Safe(series.Name),
            Orientation = Horizontal ? OrientationEnum.H : OrientationEnum.V,
            X = Horizontal ? values : labels,
            Y = Horizontal ? labels : values,
            TextArray = ChartValues.Texts(series.Points),
            TextPosition = TextPositionEnum.Auto,
            HoverTemplate = (Horizontal ? "%{y}" : "%{x}") + "<br>%{fullData.name}: %{text}<extra></extra>",
            Marker = new Marker { Color = series.Color ?? Theme.ColorAt(index) },
        };
    }

    private Layout Layout()
    {
        var layout = Theme.BaseLayout();
        layout.BarMode = Arrangement == BarArrangement.Stacked ? BarModeEnum.Stack : BarModeEnum.Group;
        layout.ShowLegend = Series.Count > 1;
        layout.XAxis = [Horizontal ? ChartAxes.ValueX(Theme, ValueTitle) : ChartAxes.CategoryX(Theme)];
        layout.YAxis = [Horizontal ? ChartAxes.CategoryY(Theme) : ChartAxes.ValueY(Theme, ValueTitle)];

        return layout;
    }
}
