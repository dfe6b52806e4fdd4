using System.Globalization;
using Microsoft.AspNetCore.Components;
using Plotly.Blazor;
using Plotly.Blazor.Interop;
using Plotly.Blazor.Traces;
using Plotly.Blazor.Traces.HeatMapLib;

namespace Crm.Web.Charts;

/// <summary>
/// The hour of the week: seven rows of days (named in the reader's language, the week starting on
/// <see cref="FirstDay"/>) by 24 columns of hours, darker for more. Hours without a cell are zero.
/// A click on a cell raises that cell's key.
/// </summary>
public sealed partial class HeatMapChart
{
    private const int Hours = 24;
    private ChartPlot _plot = default!;
    private bool _isEmpty;

    [Parameter, EditorRequired]
    public IReadOnlyList<HeatMapCell> Cells { get; set; } = [];

    [Parameter]
    public DayOfWeek FirstDay { get; set; } = DayOfWeek.Monday;

    /// <summary>Title of the colour scale (already localized), e.g. "Tickets".</summary>
    [Parameter]
    public string? ValueTitle { get; set; }

    [Parameter]
    public string? EmptyText { get; set; }

    [Parameter]
    public string Height { get; set; } = "320px";

    [Parameter]
    public string? TestId { get; set; }

    [Parameter]
    public EventCallback<string> OnSegmentClick { get; set; }

    /// <summary>The days in row order, top to bottom.</summary>
    internal IReadOnlyList<DayOfWeek> Days => Enumerable.Range(0, 7).Select(i => (DayOfWeek)(((int)FirstDay + i) % 7)).ToList();

    protected override void OnParametersSet()
    {
        _isEmpty = Cells.All(c => c.Value == 0);
        var days = Days;
        var dayLabels = days.Select(d => CultureInfo.CurrentUICulture.DateTimeFormat.GetAbbreviatedDayName(d)).ToList();
        var hourLabels = Enumerable.Range(0, Hours).Select(h => h.ToString("00", CultureInfo.InvariantCulture)).ToList();
        var byCell = Cells.ToDictionary(c => (c.Day, c.Hour));
        var layout = ChartTheme.BaseLayout();
        layout.XAxis = [ChartAxes.CategoryX()];
        layout.YAxis = [ChartAxes.CategoryY()];
        _plot = new ChartPlot([Trace(days, dayLabels, hourLabels, byCell)], layout, KeyOf(days, dayLabels, byCell));
    }

    private HeatMap Trace(IReadOnlyList<DayOfWeek> days, List<string> dayLabels, List<string> hourLabels,
        Dictionary<(DayOfWeek, int), HeatMapCell> byCell) => new()
    {
        X = hourLabels.Cast<object>().ToList(),
        Y = dayLabels.Cast<object>().ToList(),
        Z = days.Select(d => (object)Row(d, byCell, c => c.Value, 0m)).ToList(),
        Text = days.Select(d => (object)Row(d, byCell, c => CellText(c), "0")).ToList(),
        HoverTemplate = "%{y} %{x}:00 · %{text}<extra></extra>",
        ColorScale = new List<object> { new object[] { 0, ChartTheme.Surface }, new object[] { 1, ChartTheme.Primary } },
        XGap = 2,
        YGap = 2,
        ColorBar = new ColorBar
        {
            Title = ValueTitle is null ? null : new Plotly.Blazor.Traces.HeatMapLib.ColorBarLib.Title { Text = ChartValues.Safe(ValueTitle) },
            OutlineWidth = 0,
        },
    };

    private static List<T> Row<T>(DayOfWeek day, Dictionary<(DayOfWeek, int), HeatMapCell> byCell,
        Func<HeatMapCell, T> pick, T missing) =>
        Enumerable.Range(0, Hours).Select(h => byCell.TryGetValue((day, h), out var cell) ? pick(cell) : missing).ToList();

    private static string CellText(HeatMapCell cell) =>
        ChartValues.Safe(cell.Text ?? cell.Value.ToString("#,##0.##", CultureInfo.CurrentCulture));

    // A heat map click carries the cell's labels: the hour column (x) and the day row (y).
    private static Func<EventDataPoint, string?> KeyOf(IReadOnlyList<DayOfWeek> days, List<string> dayLabels,
        Dictionary<(DayOfWeek, int), HeatMapCell> byCell) => point =>
    {
        var row = dayLabels.IndexOf(ChartPoints.AsText(point.Y) ?? "");
        var hour = int.TryParse(ChartPoints.AsText(point.X)?.Trim('"'), NumberStyles.None, CultureInfo.InvariantCulture, out var h) ? h : -1;

        return row >= 0 && byCell.TryGetValue((days[row], hour), out var cell) ? cell.Key : null;
    };
}
