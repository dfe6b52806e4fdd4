namespace Crm.Infrastructure.Export;

internal static class TableShape
{
    /// <summary>Refuses a row whose width differs from the header's, naming the row (1 = first data row).</summary>
    public static void Check(ExportTable table, IReadOnlyList<ExportCell> row, long rowNumber)
    {
        if (row.Count != table.Header.Count)
        {
            var message = $"Export '{table.Title}': row {rowNumber} has {row.Count} cells "
                + $"but the header has {table.Header.Count}.";
            throw new ArgumentException(message, nameof(table));
        }
    }
}
