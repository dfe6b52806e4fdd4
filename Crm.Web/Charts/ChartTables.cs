using System.Globalization;
using Crm.Infrastructure.Export;

namespace Crm.Web.Charts;

/// <summary>The usual tables for the chart models; headers come from the caller's localized strings.</summary>
public static class ChartTables
{
    /// <summary>A row per category (in order of first appearance), a column per series.</summary>
    public static ChartTable ForSeries(string title, string categoryHeader, IReadOnlyList<ChartSeries> series)
    {
        var categories = series.SelectMany(s => s.Points).Select(p => p.Label).Distinct().ToList();
        var byLabel = series
            .Select(s => s.Points.GroupBy(p => p.Label).ToDictionary(g => g.Key, g => g.First()))
            .ToList();
        var rows = categories.Select(category => (IReadOnlyList<TableCell>)
            [TableCell.Text(category), .. byLabel.Select(points => Cell(points.GetValueOrDefault(category)))]).ToList();

        return new ChartTable(title, [categoryHeader, .. series.Select(s => s.Name)], rows);
    }

    /// <summary>Stage, count, amount: a row per stage, top to bottom.</summary>
    public static ChartTable ForFunnel(
        string title, string stageHeader, string countHeader, string amountHeader, IReadOnlyList<FunnelSegment> stages)
    {
        var rows = stages.Select(s => (IReadOnlyList<TableCell>)
            [TableCell.Text(s.Label), TableCell.Integer(s.Count), TableCell.Money(s.AmountMinorUnits, s.AmountText)]);

        return new ChartTable(title, [stageHeader, countHeader, amountHeader], rows.ToList());
    }

    /// <summary>A row per day (named in the reader's language) and a column per hour 00–23.</summary>
    public static ChartTable ForHeatMap(
        string title, string dayHeader, IReadOnlyList<HeatMapCell> cells, DayOfWeek firstDay = DayOfWeek.Monday)
    {
        var byCell = cells.ToDictionary(c => (c.Day, c.Hour));
        var days = Enumerable.Range(0, 7).Select(i => (DayOfWeek)(((int)firstDay + i) % 7));
        var hours = Enumerable.Range(0, 24).ToList();
        var rows = days.Select(day => (IReadOnlyList<TableCell>)
        [
            TableCell.Text(CultureInfo.CurrentUICulture.DateTimeFormat.GetDayName(day)),
            .. hours.Select(h => byCell.TryGetValue((day, h), out var c)
                ? TableCell.Decimal(c.Value, c.Text)
                : TableCell.Decimal(0)),
        ]);
        var header = hours.Select(h => h.ToString("00", CultureInfo.InvariantCulture));

        return new ChartTable(title, [dayHeader, .. header], rows.ToList());
    }

    private static TableCell Cell(ChartPoint? point) =>
        point is null ? new TableCell("", ExportCell.Empty) : TableCell.Decimal(point.Value, point.Text);
}
