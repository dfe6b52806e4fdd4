using Microsoft.Extensions.Logging;

namespace Crm.Infrastructure.Export;

// Event ids 3950-3999 belong to table export.
internal static partial class ExportLog
{
    [LoggerMessage(EventId = 3950, Level = LogLevel.Information,
        Message = "Exported {Rows} rows of {Columns} columns as {Format} in {ElapsedMs} ms")]
    public static partial void Exported(ILogger logger, long rows, int columns, ExportFormat format, long elapsedMs);

    [LoggerMessage(EventId = 3951, Level = LogLevel.Information,
        Message = "Export as {Format} cancelled before it finished (the reader went away)")]
    public static partial void Cancelled(ILogger logger, ExportFormat format);

    [LoggerMessage(EventId = 3952, Level = LogLevel.Error, Message = "Export as {Format} failed")]
    public static partial void Failed(ILogger logger, ExportFormat format, Exception exception);
}
