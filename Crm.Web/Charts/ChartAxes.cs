using Plotly.Blazor.LayoutLib;
using X = Plotly.Blazor.LayoutLib.XAxisLib;
using Y = Plotly.Blazor.LayoutLib.YAxisLib;

namespace Crm.Web.Charts;

/// <summary>Axes in the theme: muted tick labels, light grid lines on the value axis only.</summary>
internal static class ChartAxes
{
    // Whole numbers with thousands separators: "2,000,000", not "2M", which Chinese readers
    // (who count in 万) would have to convert.
    private const string PlainNumbers = ",~f";

    public static XAxis CategoryX() => new()
    {
        Type = X.TypeEnum.Category,
        AutoMargin = X.AutoMarginFlag.True,
        LineColor = ChartTheme.Lines,
        ShowGrid = false,
        TickFont = new X.TickFont { Color = ChartTheme.MutedText },
    };

    /// <summary>Categories down the side with the first one on top, as a list reads.</summary>
    public static YAxis CategoryY() => new()
    {
        Type = Y.TypeEnum.Category,
        AutoMargin = Y.AutoMarginFlag.True,
        AutoRange = Y.AutoRangeEnum.Reversed,
        LineColor = ChartTheme.Lines,
        ShowGrid = false,
        TickFont = new Y.TickFont { Color = ChartTheme.MutedText },
    };

    public static XAxis ValueX(string? title) => new()
    {
        AutoMargin = X.AutoMarginFlag.True,
        GridColor = ChartTheme.Lines,
        ZeroLineColor = ChartTheme.Lines,
        SeparateThousands = true,
        TickFormat = PlainNumbers,
        TickFont = new X.TickFont { Color = ChartTheme.MutedText },
        Title = title is null ? null : new X.Title { Text = ChartValues.Safe(title) },
    };

    public static YAxis ValueY(string? title) => new()
    {
        AutoMargin = Y.AutoMarginFlag.True,
        GridColor = ChartTheme.Lines,
        ZeroLineColor = ChartTheme.Lines,
        SeparateThousands = true,
        TickFormat = PlainNumbers,
        TickFont = new Y.TickFont { Color = ChartTheme.MutedText },
        Title = title is null ? null : new Y.Title { Text = ChartValues.Safe(title) },
    };
}
