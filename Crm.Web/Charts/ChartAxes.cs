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

    public static XAxis CategoryX(ChartTheme theme) => new()
    {
        Type = X.TypeEnum.Category,
        AutoMargin = X.AutoMarginFlag.True,
        LineColor = theme.Lines,
        ShowGrid = false,
        TickFont = new X.TickFont { Color = theme.MutedText },
    };

    /// <summary>Categories down the side with the first one on top, as a list reads.</summary>
    public static YAxis CategoryY(ChartTheme theme) => new()
    {
        Type = Y.TypeEnum.Category,
        AutoMargin = Y.AutoMarginFlag.True,
        AutoRange = Y.AutoRangeEnum.Reversed,
        LineColor = theme.Lines,
        ShowGrid = false,
        TickFont = new Y.TickFont { Color = theme.MutedText },
    };

    public static XAxis ValueX(ChartTheme theme, string? title) => new()
    {
        AutoMargin = X.AutoMarginFlag.True,
        GridColor = theme.Lines,
        ZeroLineColor = theme.Lines,
        SeparateThousands = true,
        TickFormat = PlainNumbers,
        TickFont = new X.TickFont { Color = theme.MutedText },
        Title = title is null ? null : new X.Title { Text = ChartValues.Safe(title) },
    };

    public static YAxis ValueY(ChartTheme theme, string? title) => new()
    {
        AutoMargin = Y.AutoMarginFlag.True,
        GridColor = theme.Lines,
        ZeroLineColor = theme.Lines,
        SeparateThousands = true,
        TickFormat = PlainNumbers,
        TickFont = new Y.TickFont { Color = theme.MutedText },
        Title = title is null ? null : new Y.Title { Text = ChartValues.Safe(title) },
    };
}
