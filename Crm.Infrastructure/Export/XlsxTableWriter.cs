using SpreadCheetah;
using SpreadCheetah.Styling;

namespace Crm.Infrastructure.Export;

/// <summary>
/// Writes a table as an XLSX workbook with one worksheet through SpreadCheetah, which streams each
/// row into the zip entry as it is added: memory stays at its buffer, however many rows there are.
/// Numbers are number cells (money with two places), dates are date cells, text is string cells.
/// </summary>
internal static class XlsxTableWriter
{
    private const int MaxSheetName = 31;
    private static readonly System.Buffers.SearchValues<char> SheetNameUnsafe =
        System.Buffers.SearchValues.Create("[]:*?/\\");

    public static async Task<long> WriteAsync(
        ExportTable table, Stream destination, CancellationToken cancellationToken)
    {
        var options = new SpreadCheetahOptions { BufferSize = 64 * 1024, WriteCellReferenceAttributes = true };
        await using var spreadsheet = await Spreadsheet.CreateNewAsync(destination, options, cancellationToken);
        var styles = XlsxStyles.Add(spreadsheet);
        await spreadsheet.StartWorksheetAsync(SheetName(table.Title), token: cancellationToken);
        var header = table.Header.Select(h => new Cell(FormulaGuard.Neutralise(h), styles.Header)).ToArray();
        await spreadsheet.AddRowAsync(header, cancellationToken);

        var cells = new Cell[table.Header.Count];
        long rows = 0;
        await foreach (var row in table.Rows.WithCancellation(cancellationToken))
        {
            rows++;
            TableShape.Check(table, row, rows);
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = ToCell(row[i], styles);
            }

            await spreadsheet.AddRowAsync(cells, cancellationToken);
        }

        await spreadsheet.FinishAsync(cancellationToken);

        return rows;
    }

    private static Cell ToCell(ExportCell cell, XlsxStyles styles) => cell.Kind switch
    {
        ExportCellKind.Empty => new Cell(),
        ExportCellKind.Text => new Cell(FormulaGuard.Neutralise(cell.TextValue!)),
        ExportCellKind.Integer => new Cell((long)cell.Number),
        ExportCellKind.Decimal => new Cell(cell.Number),
        ExportCellKind.Money => new Cell(cell.Number, styles.Money),
        ExportCellKind.Date => new Cell(cell.Moment, styles.Date),
        ExportCellKind.DateTime => new Cell(cell.Moment, styles.DateTime),
        _ => throw new ArgumentOutOfRangeException(nameof(cell), cell.Kind, "Unknown cell kind."),
    };

    // Excel refuses sheet names over 31 characters or with []:*?/\ in them.
    private static string SheetName(string title)
    {
        var name = string.Concat(title.Select(c => SheetNameUnsafe.Contains(c) ? '_' : c)).Trim('\'', ' ');
        if (name.Length == 0)
        {
            return "Sheet1";
        }

        return name.Length <= MaxSheetName ? name : name[..MaxSheetName];
    }

    private sealed record XlsxStyles(StyleId Header, StyleId Money, StyleId Date, StyleId DateTime)
    {
        public static XlsxStyles Add(Spreadsheet spreadsheet) => new(
            spreadsheet.AddStyle(new Style { Font = { Bold = true } }),
            spreadsheet.AddStyle(new Style { Format = NumberFormat.Custom("#,##0.00") }),
            spreadsheet.AddStyle(new Style { Format = NumberFormat.Custom("yyyy-mm-dd") }),
            spreadsheet.AddStyle(new Style { Format = NumberFormat.Custom("yyyy-mm-dd hh:mm:ss") }));
    }
}
