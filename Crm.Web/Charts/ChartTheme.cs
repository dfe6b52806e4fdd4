using Crm.Web.Components.Layout;
using MudBlazor;
using Margin = Plotly.Blazor.LayoutLib.Margin;
using MudBlazor.Utilities;
using Plotly.Blazor;
using Plotly.Blazor.LayoutLib;

namespace Crm.Web.Charts;

/// <summary>
/// The app's MudBlazor light palette and fonts, translated for Plotly: transparent backgrounds so a
/// chart takes its card's surface, the theme's text and line colours, and a colour order that
/// starts with the theme's primary and tertiary colours.
/// </summary>
/// <remarks>
/// Light palette only: in dark mode the transparent background takes the dark card but the text
/// stays dark, so axis labels are hard to read. The layout does not hand its dark-mode flag down;
/// cascading it from MainLayout and choosing the dark palette's colours here would fix it.
/// </remarks>
internal static class ChartTheme
{
    private static readonly Palette Palette = CrmTheme.Instance.PaletteLight;

    public const string Transparent = "rgba(0,0,0,0)";

    public static string Text { get; } = Hex(Palette.TextPrimary);

    public static string MutedText { get; } = Hex(Palette.TextSecondary);

    public static string Lines { get; } = Hex(Palette.LinesDefault);

    public static string Surface { get; } = Hex(Palette.Surface);

    public static string Primary { get; } = Hex(Palette.Primary);

    /// <summary>A faint tint of the primary colour: "none" on a scale, still visible on the card.</summary>
    public static string PrimaryTint { get; } = Hex(MudColor.Lerp(Palette.Surface, Palette.Primary, 0.06f));

    public static string Tertiary { get; } = Hex(Palette.Tertiary);

    public static string Warning { get; } = Hex(Palette.Warning);

    public static string Error { get; } = Hex(Palette.Error);

    public static string FontFamily { get; } = string.Join(", ",
        (CrmTheme.Instance.Typography.Default.FontFamily ?? []).Select(f => f.Contains(' ') ? $"'{f}'" : f));

    /// <summary>Series colours in order: theme colours first, then distinct hues readable on white.</summary>
    public static IReadOnlyList<string> Colorway { get; } =
    [
        Primary, Tertiary, Hex(Palette.Warning), Hex(Palette.Secondary), Hex(Palette.Error),
        "#8e5cd9", "#d9822b", "#2a9bd6", "#c2477f", "#6b8e23",
    ];

    public static string ColorAt(int index) => Colorway[index % Colorway.Count];

    public static Layout BaseLayout() => new()
    {
        AutoSize = true,
        PaperBgColor = Transparent,
        PlotBgColor = Transparent,
        Font = new Font { Family = FontFamily, Size = 12, Color = Text },
        Colorway = Colorway.Cast<object>().ToList(),
        Margin = new Margin { L = 8, R = 8, T = 8, B = 8, Pad = 4, AutoExpand = true },
        HoverLabel = new HoverLabel
        {
            BgColor = Surface,
            BorderColor = Lines,
            Font = new Plotly.Blazor.LayoutLib.HoverLabelLib.Font { Family = FontFamily, Color = Text },
        },
        Legend = [Legend()],
    };

    // Above the plot, left-aligned, in series order: under it the legend collides with axis titles.
    private static Legend Legend() => new()
    {
        Orientation = Plotly.Blazor.LayoutLib.LegendLib.OrientationEnum.H,
        TraceOrder = Plotly.Blazor.LayoutLib.LegendLib.TraceOrderFlag.Normal,
        X = 0,
        XAnchor = Plotly.Blazor.LayoutLib.LegendLib.XAnchorEnum.Left,
        Y = 1.02m,
        YAnchor = Plotly.Blazor.LayoutLib.LegendLib.YAnchorEnum.Bottom,
    };

    /// <summary>No mode bar (its tooltips are English only), no logo, resizes with its container.</summary>
    public static Config Config() => new()
    {
        Responsive = true,
        DisplayLogo = false,
        DisplayModeBar = Plotly.Blazor.ConfigLib.DisplayModeBarEnum.False,
    };

    private static string Hex(MudColor color) => color.ToString(MudColorOutputFormats.Hex);
}
