using System.Globalization;
using Crm.Infrastructure.Export;

namespace Crm.Web.Charts;

/// <summary>
/// One cell of a chart's table: the text people read on the page (in their language and currency)
/// and the typed value an export writes (a number stays a number).
/// </summary>
public readonly record struct TableCell(string Display, ExportCell Value)
{
    public bool IsNumber => Value.Kind is ExportCellKind.Integer or ExportCellKind.Decimal or ExportCellKind.Money;

    public static TableCell Text(string? text) => new(text ?? "", ExportCell.Text(text));

    public static TableCell Integer(long value) =>
        new(value.ToString("N0", CultureInfo.CurrentCulture), ExportCell.Integer(value));

    public static TableCell Decimal(decimal value, string? display = null) =>
        new(display ?? value.ToString("#,##0.##", CultureInfo.CurrentCulture), ExportCell.Decimal(value));

    /// <summary>An amount in minor units, shown as <paramref name="display"/> (e.g. "¥1,234.50").</summary>
    public static TableCell Money(long minorUnits, string display) => new(display, ExportCell.Money(minorUnits));

    public static TableCell Date(DateOnly date) =>
        new(date.ToString("d", CultureInfo.CurrentCulture), ExportCell.Date(date));
}

/// <summary>The numbers behind a chart, as a table to read beside it and to export.</summary>
/// <param name="Title">Names the export file and its worksheet.</param>
public sealed record ChartTable(
    string Title, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<TableCell>> Rows)
{
    public ExportTable ToExport() =>
        ExportTable.From(Title, Header, Rows.Select(r => (IReadOnlyList<ExportCell>)r.Select(c => c.Value).ToList()));
}
