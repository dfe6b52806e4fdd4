using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Plotly.Blazor;
using Plotly.Blazor.Traces;
using Plotly.Blazor.Traces.FunnelLib;

namespace Crm.Web.Charts;

/// <summary>
/// Stages from top to bottom, each as wide as its amount (or count), labelled with both figures.
/// A click on a stage raises its key. Without stages, or when every stage is empty, the chart
/// shows its empty state.
/// </summary>
public sealed partial class FunnelChart : ChartComponent
{
    private ChartPlot _plot = default!;
    private bool _isEmpty;

    [Inject]
    private IStringLocalizer<ChartText> Text { get; set; } = default!;

    [Parameter, EditorRequired]
    public IReadOnlyList<FunnelSegment> Stages { get; set; } = [];

    [Parameter]
    public FunnelMeasure Measure { get; set; } = FunnelMeasure.Amount;

    protected override void OnParametersSet()
    {
        _isEmpty = Stages.All(s => s.Count == 0 && s.AmountMinorUnits == 0);
        var layout = Theme.BaseLayout();
        layout.ShowLegend = false;
        layout.FunnelGap = 0.08m;
        layout.YAxis = [new()
        {
            AutoMargin = Plotly.Blazor.LayoutLib.YAxisLib.AutoMarginFlag.True,
            TickFont = new Plotly.Blazor.LayoutLib.YAxisLib.TickFont { Color = Theme.Text },
        }];
        _plot = new ChartPlot([Trace()], layout, ChartPlot.ByIndex([Stages.Select(s => s.Key).ToList()]));
    }

    private Funnel Trace() => new()
    {
        Y = Stages.Select(s => (object)ChartValues.Safe(s.Label)).ToList(),
        X = Stages.Select(Width).ToList(),
        TextArray = Stages.Select(BarText).ToList(),
        HoverTextArray = Stages.Select(HoverText).ToList(),
        TextInfo = TextInfoFlag.Text,
        TextPosition = TextPositionEnum.Auto,
        HoverInfo = HoverInfoFlag.Text,
        Marker = new Marker { Color = Theme.Primary },
        Connector = new Connector { FillColor = Theme.Lines },
        TextFont = new TextFont { Family = ChartTheme.FontFamily },
    };

    private object Width(FunnelSegment stage) =>
        Measure == FunnelMeasure.Amount ? stage.AmountMinorUnits / 100m : (decimal)stage.Count;

    private static string BarText(FunnelSegment stage) => ChartValues.Safe($"{stage.AmountText} · {CountText(stage)}");

    private string HoverText(FunnelSegment stage) =>
        string.Join("<br>", ChartValues.Safe(stage.Label), ChartValues.Safe(Text["Funnel.Amount", stage.AmountText]),
            ChartValues.Safe(Text["Funnel.Count", CountText(stage)]));

    private static string CountText(FunnelSegment stage) => stage.Count.ToString("N0", CultureInfo.CurrentCulture);
}
