using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Plotly.Blazor;
using Plotly.Blazor.Traces;
using Plotly.Blazor.Traces.IndicatorLib;
using Plotly.Blazor.Traces.IndicatorLib.GaugeLib;
using GaugeBar = Plotly.Blazor.Traces.IndicatorLib.GaugeLib.Bar;
using ThresholdLine = Plotly.Blazor.Traces.IndicatorLib.GaugeLib.ThresholdLib.Line;
using TitleFont = Plotly.Blazor.Traces.IndicatorLib.TitleLib.Font;

namespace Crm.Web.Charts;

/// <summary>
/// Attainment (actual ÷ target, in percent) on a dial, with a marker where the pace says it should
/// be by now. The bar is green when attainment is at or past the pace, amber when behind. The dial
/// runs to 100 % or, past that, to the next 25 %. Without a target (zero or less) it shows the
/// empty state: attainment is undefined.
/// </summary>
public sealed partial class GaugeChart : ChartComponent
{
    public GaugeChart() => Height = "240px";

    private ChartPlot _plot = default!;
    private bool _isEmpty;
    private string? _emptyText;

    [Inject]
    private IStringLocalizer<ChartText> Text { get; set; } = default!;

    [Parameter, EditorRequired]
    public GaugeReading Reading { get; set; } = default!;

    /// <summary>Attainment in percent, rounded to one decimal (half away from zero).</summary>
    internal static decimal Attainment(GaugeReading reading) => Percent(reading.Actual / reading.Target);

    private static decimal Percent(decimal share) => Math.Round(share * 100m, 1, MidpointRounding.AwayFromZero);

    protected override void OnParametersSet()
    {
        _isEmpty = Reading.Target <= 0;
        _emptyText = _isEmpty ? EmptyText ?? Text["Gauge.NoTarget"] : null;
        var layout = Theme.BaseLayout();
        // The summary sits above the dial as its title, two lines of it.
        layout.Margin = new Plotly.Blazor.LayoutLib.Margin { L = 24, R = 24, T = 64, B = 8 };
        var traces = _isEmpty ? new List<ITrace>() : [Trace()];
        _plot = new ChartPlot(traces, layout, _ => null);
    }

    private Indicator Trace()
    {
        var attainment = Attainment(Reading);
        decimal? pace = Reading.PaceShare is { } share ? Percent(share) : null;
        var onPace = pace is null || attainment >= pace;

        return new Indicator
        {
            Mode = ModeFlag.Gauge | ModeFlag.Number,
            Value = attainment,
            Number = new Number { Suffix = "%", ValueFormat = ".1f" },
            Title = new Title
            {
                Text = Summary(pace),
                Font = new TitleFont { Size = 13, Color = Theme.MutedText },
            },
            Gauge = new Gauge
            {
                Axis = new Axis { Range = [0m, AxisEnd(attainment)], TickSuffix = "%" },
                Bar = new GaugeBar { Color = onPace ? Theme.Tertiary : Theme.Warning },
                BgColor = ChartTheme.Transparent,
                BorderColor = Theme.Lines,
                Threshold = pace is null ? null : new Threshold
                {
                    Value = pace,
                    Thickness = 0.9m,
                    Line = new ThresholdLine { Color = Theme.Text, Width = 3 },
                },
            },
        };
    }

    private string Summary(decimal? pace)
    {
        var summary = Text["Gauge.Summary", Reading.ActualText, Reading.TargetText].Value;
        if (pace is null)
        {
            return ChartValues.Safe(summary);
        }

        var paceText = Text["Gauge.Pace", pace.Value.ToString("0.#", CultureInfo.CurrentCulture) + "%"].Value;

        return ChartValues.Safe(summary) + "<br>" + ChartValues.Safe(paceText);
    }

    private static decimal AxisEnd(decimal attainment) =>
        attainment <= 100m ? 100m : Math.Ceiling(attainment / 25m) * 25m;
}
