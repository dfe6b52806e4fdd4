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
    /// <summary>Excel's limit: a worksheet holds 1,048,576 rows, the header included.</summary>
    public const int ExcelRowsPerSheet = 1_048_576;

    private const int MaxSheetName = 31;
    private static readonly System.Buffers.SearchValues<char> SheetNameUnsafe =
        System.Buffers.SearchValues.Create("[]:*?/\\");

    /// <summary>
    /// Writes the table; past <paramref name="rowsPerSheet"/> rows (header included) it goes on in
    /// a new worksheet, "Title (2)", "Title (3)"…, each starting with the header again.
    /// </summary>
    public static async Task<long> WriteAsync(
        ExportTable table, Stream destination, CancellationToken cancellationToken,
        int rowsPerSheet = ExcelRowsPerSheet)
    {
        var options = new SpreadCheetahOptions { BufferSize = 64 * 1024, WriteCellReferenceAttributes = true };
        await using var spreadsheet = await Spreadsheet.CreateNewAsync(destination, options, cancellationToken);
        var styles = XlsxStyles.Add(spreadsheet);
        var header = table.Header.Select(h => new Cell(FormulaGuard.Neutralise(h), styles.Header)).ToArray();
        var sheets = 0;
        var cells = new Cell[table.Header.Count];
        long rows = 0;
        await foreach (var row in table.Rows.WithCancellation(cancellationToken))
        {
            rows++;
            TableShape.Check(table, row, rows);
            if (sheets == 0 || spreadsheet.NextRowNumber > rowsPerSheet)
            {
                sheets++;
                await StartSheetAsync(spreadsheet, SheetName(table.Title, sheets), header, cancellationToken);
            }

            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = ToCell(row[i], styles);
            }

            await spreadsheet.AddRowAsync(cells, cancellationToken);
        }

        if (sheets == 0)
        {
            await StartSheetAsync(spreadsheet, SheetName(table.Title, 1), header, cancellationToken);
        }

        await spreadsheet.FinishAsync(cancellationToken);

        return rows;
    }

    private static async Task StartSheetAsync(
        Spreadsheet spreadsheet, string name, Cell[] header, CancellationToken cancellationToken)
    {
        await spreadsheet.StartWorksheetAsync(name, token: cancellationToken);
        await spreadsheet.AddRowAsync(header, cancellationToken);
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
    private static string SheetName(string title, int sheet)
    {
        var name = string.Concat(title.Select(c => SheetNameUnsafe.Contains(c) ? '_' : c)).Trim('\'', ' ');
        name = name.Length == 0 ? "Sheet" : name;
        var suffix = sheet == 1 ? "" : $" ({sheet})";
        var room = MaxSheetName - suffix.Length;

        return (name.Length <= room ? name : name[..room]) + suffix;
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
