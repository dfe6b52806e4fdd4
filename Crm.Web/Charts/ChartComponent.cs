using Crm.Web.Components.Layout;
using Microsoft.AspNetCore.Components;

namespace Crm.Web.Charts;

/// <summary>
/// What every chart shares: its empty text, height, test id and segment click, and the theme the
/// app is shown in (cascaded by the layout), so a chart redraws in dark colours when the reader
/// switches to dark mode.
/// </summary>
public abstract class ChartComponent : ComponentBase
{
    /// <summary>Replaces the chart's own "no data" text.</summary>
    [Parameter]
    public string? EmptyText { get; set; }

    /// <summary>CSS height of the chart area; the width always fills the card.</summary>
    [Parameter]
    public string Height { get; set; } = "320px";

    [Parameter]
    public string? TestId { get; set; }

    /// <summary>Raised with the key of the segment clicked.</summary>
    [Parameter]
    public EventCallback<string> OnSegmentClick { get; set; }

    [CascadingParameter(Name = CrmTheme.DarkModeCascade)]
    public bool IsDarkMode { get; set; }

    private protected ChartTheme Theme => ChartTheme.For(IsDarkMode);
}
