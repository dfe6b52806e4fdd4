namespace Crm.Infrastructure.Export;

/// <summary>Writes tables to CSV or XLSX, row by row, straight to a stream.</summary>
public interface ITableExporter
{
    /// <summary>
    /// Writes <paramref name="table"/> to <paramref name="destination"/> (left open) and returns the
    /// number of data rows. Rows are read once and never collected, so the stream may be an HTTP
    /// response or a pipe. Text cells starting with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or
    /// carriage return are prefixed with a single quote; typed numbers are written as numbers.
    /// Throws <see cref="ArgumentException"/> for a row whose width differs from the header's
    /// (what was written up to that row stays written: the caller discards the stream).
    /// </summary>
    Task<long> WriteAsync(
        ExportTable table, ExportFormat format, Stream destination, CancellationToken cancellationToken = default);
}
