using Bunit;
using Crm.Web.Charts;
using Plotly.Blazor.Traces;

namespace Crm.Web.Tests.Charts;

public sealed class GaugeChartTests : ChartTestContext
{
    [Fact]
    public void Render_75Of120AtPace60_ShowsAttainment62Point5AndPaceMarkerAt60()
    {
        // 75 ÷ 120 = 0.625 → 62.5 %; 0.6 of the working days gone → pace marker at 60 %.
        var reading = new GaugeReading(75, 120, 0.6m, "¥75", "¥120");

        var cut = Render<GaugeChart>(p => p.Add(c => c.Reading, reading));

        var gauge = Trace<Indicator, GaugeChart>(cut);
        Assert.Equal((62.5m, 60m), (gauge.Value!.Value, gauge.Gauge.Threshold.Value!.Value));
        Assert.Equal("¥75 of ¥120<br>Expected by now: 60%", gauge.Title.Text);
    }

    [Fact]
    public void Render_AheadOfPace_DrawsTheBarInTheThemesTertiaryColour()
    {
        var reading = new GaugeReading(75, 120, 0.6m, "¥75", "¥120");

        var cut = Render<GaugeChart>(p => p.Add(c => c.Reading, reading));

        Assert.Equal("#0f9d8a", Trace<Indicator, GaugeChart>(cut).Gauge.Bar.Color);
    }

    [Fact]
    public void Render_BehindPace_DrawsTheBarAsAWarning()
    {
        // 50 ÷ 120 = 41.7 % against a pace of 60 %.
        var reading = new GaugeReading(50, 120, 0.6m, "¥50", "¥120");

        var cut = Render<GaugeChart>(p => p.Add(c => c.Reading, reading));

        Assert.NotEqual("#0f9d8a", Trace<Indicator, GaugeChart>(cut).Gauge.Bar.Color);
    }

    [Fact]
    public void Render_Over100Percent_RunsTheDialToTheNext25()
    {
        // 130 ÷ 100 = 130 % → the dial ends at 150 %.
        var reading = new GaugeReading(130, 100, null, "130", "100");

        var cut = Render<GaugeChart>(p => p.Add(c => c.Reading, reading));

        Assert.Equal([0m, 150m], Trace<Indicator, GaugeChart>(cut).Gauge.Axis.Range);
    }

    [Fact]
    public void Render_NoTarget_SaysSoInsteadOfADial()
    {
        var reading = new GaugeReading(75, 0, 0.6m, "¥75", "¥0");

        var cut = Render<GaugeChart>(p => p.Add(c => c.Reading, reading));

        Assert.Contains("No target set for this period", cut.Find("[data-testid=chart-empty]").TextContent);
    }
}
