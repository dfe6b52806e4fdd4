using Bunit;
using Crm.Web.Charts;
using Crm.Web.Components.Layout;
using Microsoft.AspNetCore.Components;
using Plotly.Blazor.Traces;

namespace Crm.Web.Tests.Charts;

public sealed class ChartThemeTests : ChartTestContext
{
    private static readonly ChartSeries[] Won =
        [new("won", "Won", [new("04", "2026-04", 80), new("05", "2026-05", 95)])];

    [Fact]
    public void Render_OutsideTheLayout_DrawsInTheLightPalette()
    {
        var cut = Render<BarChart>(p => p.Add(c => c.Series, Won));

        Assert.Equal("#1d2633", Plot(cut).Layout.Font.Color);
    }

    [Fact]
    public void Render_InDarkMode_TakesTheDarkPalettesTextAndPrimary()
    {
        var cut = Render<BarChart>(p => p
            .Add(c => c.Series, Won)
            .AddCascadingValue(CrmTheme.DarkModeCascade, true));

        var layout = Plot(cut).Layout;
        Assert.StartsWith("rgba(255,255,255,", Assert.IsType<string>(layout.Font.Color).Replace(" ", ""));
        Assert.Equal("#1b212c", layout.HoverLabel.BgColor);
        Assert.Equal("#7aa2ff", Assert.IsType<Bar>(Plot(cut).Data[0]).Marker.Color);
    }

    [Fact]
    public void DarkModeSwitched_RedrawsWithTheOtherPalette()
    {
        var cut = Render<CascadingValue<bool>>(p => Theme(p, isDarkMode: false));
        var chart = cut.FindComponent<LineChart>().Instance;
        var light = Plot(cut).Layout.Font.Color;

        cut.Render(p => Theme(p, isDarkMode: true));

        Assert.Same(chart, cut.FindComponent<LineChart>().Instance);
        Assert.NotEqual(light, Plot(cut).Layout.Font.Color);
    }

    private static void Theme(ComponentParameterCollectionBuilder<CascadingValue<bool>> p, bool isDarkMode) => p
        .Add(c => c.Name, CrmTheme.DarkModeCascade)
        .Add(c => c.Value, isDarkMode)
        .AddChildContent<LineChart>(chart => chart.Add(c => c.Series, Won));
}
