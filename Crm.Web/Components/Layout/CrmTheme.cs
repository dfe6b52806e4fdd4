using MudBlazor;

namespace Crm.Web.Components.Layout;

internal static class CrmTheme
{
    private static readonly string[] FontFamily =
    [
        "Inter", "-apple-system", "BlinkMacSystemFont", "Segoe UI", "PingFang SC", "Hiragino Sans GB",
        "Microsoft YaHei", "Noto Sans CJK SC", "Noto Sans SC", "Helvetica Neue", "Arial", "sans-serif",
    ];

    /// <summary>The name the layout cascades its dark-mode flag under, for what draws its own colours.</summary>
    public const string DarkModeCascade = "IsDarkMode";

    public static readonly MudTheme Instance = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#2454d6",
            Secondary = "#5f6b7a",
            Tertiary = "#0f9d8a",
            AppbarBackground = "#ffffff",
            AppbarText = "#1d2633",
            Background = "#f5f7fb",
            DrawerBackground = "#ffffff",
            DrawerText = "#1d2633",
            Surface = "#ffffff",
            TextPrimary = "#1d2633",
            TextSecondary = "#5f6b7a",
            LinesDefault = "#e3e8ef",
            TableLines = "#e3e8ef",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#7aa2ff",
            Secondary = "#9aa7b8",
            Tertiary = "#3cc9b4",
            AppbarBackground = "#161b24",
            Background = "#0f131a",
            DrawerBackground = "#161b24",
            Surface = "#1b212c",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = FontFamily, FontSize = ".875rem" },
            H4 = new H4Typography { FontFamily = FontFamily, FontSize = "1.6rem", FontWeight = "600" },
            H5 = new H5Typography { FontFamily = FontFamily, FontSize = "1.3rem", FontWeight = "600" },
            H6 = new H6Typography { FontFamily = FontFamily, FontSize = "1.05rem", FontWeight = "600" },
        },
        LayoutProperties = new LayoutProperties { DefaultBorderRadius = "8px", DrawerWidthLeft = "232px" },
    };
}
