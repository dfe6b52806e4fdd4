using Crm.Web.Export;
using Microsoft.AspNetCore.Components;

namespace Crm.Web.Charts;

/// <summary>
/// A card around one chart: its title, a toggle that shows the same numbers as a table under the
/// chart (beside it on large screens when the card spans the page), and an export of those
/// numbers to CSV or Excel (<see cref="ExportMenu"/>).
/// </summary>
public sealed partial class ChartCard
{
    private bool _showTable;

    [Parameter, EditorRequired]
    public string Title { get; set; } = "";

    /// <summary>The chart itself.</summary>
    [Parameter]
    public RenderFragment? ChildContent { get; set; }

    /// <summary>The numbers behind the chart; without them there is no table toggle and no export.</summary>
    [Parameter]
    public ChartTable? Table { get; set; }

    /// <summary>
    /// Whether the table goes beside the chart on large screens; only a card as wide as the page
    /// has room for both.
    /// </summary>
    [Parameter]
    public bool TableBeside { get; set; }

    /// <summary>Extra controls in the header, before the table toggle (a measure switch, a link).</summary>
    [Parameter]
    public RenderFragment? HeaderActions { get; set; }

    [Parameter]
    public string? TestId { get; set; }
}
