using Microsoft.AspNetCore.Components;
using Plotly.Blazor;
using Plotly.Blazor.LayoutLib;
using Plotly.Blazor.Traces;
using Plotly.Blazor.Traces.BarLib;
using Line = Plotly.Blazor.Traces.ScatterLib.Line;
using ScatterMarker = Plotly.Blazor.Traces.ScatterLib.Marker;
using ScatterMode = Plotly.Blazor.Traces.ScatterLib.ModeFlag;

namespace Crm.Web.Charts;

/// <summary>
/// Bars per category, one colour per series, grouped or stacked, upright or horizontal (long names
/// such as reps or lost reasons read better lying down), with lines over them on the same axis
/// when a reference belongs beside each bar (the target beside what was won). A click on a bar or
/// a line's point raises its point's key. With no points, or only zeros, the chart shows its
/// empty state.
/// </summary>
public sealed partial class BarChart : ChartComponent
{
    private ChartPlot _plot = default!;
    private bool _isEmpty;

    [Parameter, EditorRequired]
    public IReadOnlyList<ChartSeries> Series { get; set; } = [];

    /// <summary>
    /// Series drawn as lines over the bars (dashed when the series says so), on the same value axis.
    /// A line has a point for each category it has a value for; a category without one leaves a gap
    /// in the line, never a fall to zero.
    /// </summary>
    [Parameter]
    public IReadOnlyList<ChartSeries> Lines { get; set; } = [];

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
        _isEmpty = ChartValues.NothingToDraw([.. Series, .. Lines]);
        var categories = Series.Concat(Lines).SelectMany(s => s.Points).Select(p => p.Label).Distinct().ToList();
        var lines = Lines.Select(line => ChartValues.Align(line, categories)).ToList();
        List<ITrace> traces =
        [
            .. Series.Select((s, i) => (ITrace)Trace(s, i)),
            .. lines.Select((points, i) => (ITrace)LineTrace(Lines[i], categories, points, Series.Count + i)),
        ];
        IReadOnlyList<IReadOnlyList<string?>> keys =
        [
            .. ChartValues.Keys(Series),
            .. lines.Select(points => (IReadOnlyList<string?>)[.. points.Select(p => p?.Key)]),
        ];
        _plot = new ChartPlot(traces, Layout(), ChartPlot.ByIndex(keys));
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

    private Scatter LineTrace(
        ChartSeries series, IReadOnlyList<string> categories, IReadOnlyList<ChartPoint?> points, int index)
    {
        var color = series.Color ?? Theme.ColorAt(index);
        List<object> labels = [.. categories.Select(c => (object)ChartValues.Safe(c))];
        // Plotly reads a null value as "nothing here" and breaks the line there.
        List<object> values = [.. points.Select(p => p is null ? null! : (object)p.Value)];

        return new Scatter
        {
            Name = ChartValues.Safe(series.Name),
            Mode = ScatterMode.Lines | ScatterMode.Markers,
            X = Horizontal ? values : labels,
            Y = Horizontal ? labels : values,
            ConnectGaps = false,
            TextArray = [.. points.Select(p => p is null ? "" : ChartValues.TextOf(p))],
            HoverTemplate = (Horizontal ? "%{y}" : "%{x}") + "<br>%{fullData.name}: %{text}<extra></extra>",
            Line = new Line { Color = color, Width = 2, Dash = series.Dashed ? "dash" : "solid" },
            Marker = new ScatterMarker { Color = color, Size = 8 },
        };
    }

    private Layout Layout()
    {
        var layout = Theme.BaseLayout();
        layout.BarMode = Arrangement == BarArrangement.Stacked ? BarModeEnum.Stack : BarModeEnum.Group;
        layout.ShowLegend = Series.Count + Lines.Count > 1;
        layout.XAxis = [Horizontal ? ChartAxes.ValueX(Theme, ValueTitle) : ChartAxes.CategoryX(Theme)];
        layout.YAxis = [Horizontal ? ChartAxes.CategoryY(Theme) : ChartAxes.ValueY(Theme, ValueTitle)];

        return layout;
    }
}
