using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace Crm.Infrastructure.Export;

internal sealed class TableExporter(ILogger<TableExporter> logger) : ITableExporter
{
    public async Task<long> WriteAsync(
        ExportTable table, ExportFormat format, Stream destination, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(destination);
        var started = Stopwatch.GetTimestamp();
        try
        {
            var rows = format switch
            {
                ExportFormat.Csv => await CsvTableWriter.WriteAsync(table, destination, cancellationToken),
                ExportFormat.Xlsx => await XlsxTableWriter.WriteAsync(table, destination, cancellationToken),
                _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown export format."),
            };
            var elapsed = (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            ExportLog.Exported(logger, rows, table.Header.Count, format, elapsed);

            return rows;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            ExportLog.Cancelled(logger, format);
            throw;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            ExportLog.Failed(logger, format, exception);
            throw;
        }
    }
}
