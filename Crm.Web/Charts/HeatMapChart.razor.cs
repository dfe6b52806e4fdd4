using System.Globalization;
using Microsoft.AspNetCore.Components;
using Plotly.Blazor.Interop;
using Plotly.Blazor.Traces;
using Plotly.Blazor.Traces.HeatMapLib;
using ColorBarTitle = Plotly.Blazor.Traces.HeatMapLib.ColorBarLib.Title;

namespace Crm.Web.Charts;

/// <summary>
/// The hour of the week: seven rows of days (named in the reader's language, the week starting on
/// <see cref="FirstDay"/>) by 24 columns of hours, darker for more. Hours without a cell are zero.
/// A click on a cell raises that cell's key.
/// </summary>
public sealed partial class HeatMapChart : ChartComponent
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

    protected override void OnParametersSet()
    {
        if (Cells.FirstOrDefault(c => c.Hour is < 0 or >= Hours) is { } wrong)
        {
            throw new ArgumentOutOfRangeException(nameof(Cells), wrong.Hour, $"Cell '{wrong.Key}': hours run 0–23.");
        }

        _isEmpty = Cells.All(c => c.Value == 0);
        var grid = new Grid(FirstDay, Cells);
        var layout = Theme.BaseLayout();
        layout.XAxis = [ChartAxes.CategoryX(Theme)];
        layout.YAxis = [ChartAxes.CategoryY(Theme)];
        _plot = new ChartPlot([Trace(grid)], layout, grid.KeyOf);
    }

    private HeatMap Trace(Grid grid) => new()
    {
        X = grid.HourLabels.Cast<object>().ToList(),
        Y = grid.DayLabels.Cast<object>().ToList(),
        Z = grid.Days.Select(d => (object)grid.Row(d, c => c.Value, 0m)).ToList(),
        Text = grid.Days.Select(d => (object)grid.Row(d, CellText, "0")).ToList(),
        HoverTemplate = "%{y} %{x}:00 · %{text}<extra></extra>",
        ColorScale = new List<object>
        {
            new object[] { 0, Theme.PrimaryTint },
            new object[] { 1, Theme.Primary },
        },
        XGap = 2,
        YGap = 2,
        ColorBar = new ColorBar
        {
            Title = ValueTitle is null ? null : new ColorBarTitle { Text = ChartValues.Safe(ValueTitle) },
            OutlineWidth = 0,
        },
    };

    private static string CellText(HeatMapCell cell) =>
        ChartValues.Safe(cell.Text ?? cell.Value.ToString("#,##0.##", CultureInfo.CurrentCulture));

    /// <summary>The 7 × 24 grid: days top to bottom from the first day, hours 00–23 left to right.</summary>
    private sealed class Grid
    {
        private readonly Dictionary<(DayOfWeek, int), HeatMapCell> _cells;

        public Grid(DayOfWeek firstDay, IEnumerable<HeatMapCell> cells)
        {
            _cells = cells.ToDictionary(c => (c.Day, c.Hour));
            Days = Enumerable.Range(0, 7).Select(i => (DayOfWeek)(((int)firstDay + i) % 7)).ToList();
            DayLabels = Days.Select(CultureInfo.CurrentUICulture.DateTimeFormat.GetAbbreviatedDayName).ToList();
            HourLabels = Enumerable.Range(0, Hours)
                .Select(h => h.ToString("00", CultureInfo.InvariantCulture))
                .ToList();
        }

        public List<DayOfWeek> Days { get; }

        public List<string> DayLabels { get; }

        public List<string> HourLabels { get; }

        public List<T> Row<T>(DayOfWeek day, Func<HeatMapCell, T> pick, T missing) =>
            Enumerable.Range(0, Hours)
                .Select(h => _cells.TryGetValue((day, h), out var c) ? pick(c) : missing)
                .ToList();

        // A heat map click carries the cell's labels: the hour column (x) and the day row (y).
        public string? KeyOf(EventDataPoint point)
        {
            var row = DayLabels.IndexOf(ChartPoints.AsText(point.Y) ?? "");
            var hour = HourLabels.IndexOf(ChartPoints.AsText(point.X) ?? "");

            return row >= 0 && _cells.TryGetValue((Days[row], hour), out var cell) ? cell.Key : null;
        }
    }
}
