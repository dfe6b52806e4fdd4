using Crm.Web.Components.Layout;
using MudBlazor;
using Margin = Plotly.Blazor.LayoutLib.Margin;
using MudBlazor.Utilities;
using Plotly.Blazor;
using Plotly.Blazor.LayoutLib;

namespace Crm.Web.Charts;

/// <summary>
/// One of the app's MudBlazor palettes and its fonts, translated for Plotly: transparent
/// backgrounds so a chart takes its card's surface, the palette's text and line colours, and a
/// colour order that starts with the palette's primary and tertiary colours. The light and the
/// dark theme follow the app's own switch.
/// </summary>
internal sealed class ChartTheme
{
    public const string Transparent = "rgba(0,0,0,0)";

    public static ChartTheme Light { get; } = new(CrmTheme.Instance.PaletteLight);

    public static ChartTheme Dark { get; } = new(CrmTheme.Instance.PaletteDark);

    public static string FontFamily { get; } = string.Join(", ",
        (CrmTheme.Instance.Typography.Default.FontFamily ?? []).Select(f => f.Contains(' ') ? $"'{f}'" : f));

    private ChartTheme(Palette palette)
    {
        Text = Css(palette.TextPrimary);
        MutedText = Css(palette.TextSecondary);
        Lines = Css(palette.LinesDefault);
        Surface = Css(palette.Surface);
        Primary = Css(palette.Primary);
        PrimaryTint = Css(MudColor.Lerp(palette.Surface, palette.Primary, 0.08f));
        Tertiary = Css(palette.Tertiary);
        Warning = Css(palette.Warning);
        Error = Css(palette.Error);
        Colorway =
        [
            Primary, Tertiary, Warning, Css(palette.Secondary), Error,
            "#8e5cd9", "#d9822b", "#2a9bd6", "#c2477f", "#6b8e23",
        ];
    }

    public static ChartTheme For(bool isDarkMode) => isDarkMode ? Dark : Light;

    public string Text { get; }

    public string MutedText { get; }

    public string Lines { get; }

    public string Surface { get; }

    public string Primary { get; }

    /// <summary>A faint tint of the primary colour: "none" on a scale, still visible on the card.</summary>
    public string PrimaryTint { get; }

    public string Tertiary { get; }

    public string Warning { get; }

    public string Error { get; }

    /// <summary>Series colours in order: the palette's colours first, then hues readable on either surface.</summary>
    public IReadOnlyList<string> Colorway { get; }

    public string ColorAt(int index) => Colorway[index % Colorway.Count];

    public Layout BaseLayout() => new()
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

    // The dark palette's texts are translucent white; Plotly takes rgba() as it is.
    private static string Css(MudColor color) =>
        color.A == 255 ? color.ToString(MudColorOutputFormats.Hex) : color.ToString(MudColorOutputFormats.RGBA);
}
