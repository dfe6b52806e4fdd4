using System.Globalization;
using System.Text;

namespace Crm.Infrastructure.Export;

/// <summary>
/// Writes a table as CSV: UTF-8 with a byte-order mark (so Excel opens Chinese text correctly),
/// comma separated, CRLF after every row, RFC 4180 quoting. Rows go to the stream as they come.
/// </summary>
internal static class CsvTableWriter
{
    private const int BufferChars = 16 * 1024;
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static async Task<long> WriteAsync(
        ExportTable table, Stream destination, CancellationToken cancellationToken)
    {
        await destination.WriteAsync(Utf8Bom, cancellationToken);
        await using var writer = new StreamWriter(destination, Utf8, BufferChars, leaveOpen: true);
        var line = new StringBuilder();
        AppendRow(line, table.Header.Select(ExportCell.Text).ToArray());
        await writer.WriteAsync(line, cancellationToken);

        long rows = 0;
        await foreach (var row in table.Rows.WithCancellation(cancellationToken))
        {
            rows++;
            TableShape.Check(table, row, rows);
            line.Clear();
            AppendRow(line, row);
            await writer.WriteAsync(line, cancellationToken);
        }

        await writer.FlushAsync(cancellationToken);

        return rows;
    }

    private static void AppendRow(StringBuilder line, IReadOnlyList<ExportCell> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0)
            {
                line.Append(',');
            }

            AppendField(line, Format(cells[i]));
        }

        line.Append("\r\n");
    }

    private static string Format(ExportCell cell) => cell.Kind switch
    {
        ExportCellKind.Empty => "",
        ExportCellKind.Text => FormulaGuard.Neutralise(cell.TextValue!),
        ExportCellKind.Integer => cell.Number.ToString("0", CultureInfo.InvariantCulture),
        ExportCellKind.Decimal => cell.Number.ToString(CultureInfo.InvariantCulture),
        ExportCellKind.Money => cell.Number.ToString("0.00", CultureInfo.InvariantCulture),
        ExportCellKind.Date => cell.Moment.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ExportCellKind.DateTime => cell.Moment.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        _ => throw new ArgumentOutOfRangeException(nameof(cell), cell.Kind, "Unknown cell kind."),
    };

    // RFC 4180: a field with a comma, a quote or a line break is quoted, and its quotes doubled.
    private static void AppendField(StringBuilder line, string value)
    {
        if (value.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            line.Append(value);
            return;
        }

        line.Append('"').Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }
}
