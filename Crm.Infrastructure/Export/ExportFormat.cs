namespace Crm.Infrastructure.Export;

/// <summary>The file formats a table exports to.</summary>
public enum ExportFormat
{
    /// <summary>Comma-separated values, UTF-8 with a byte-order mark, RFC 4180 quoting, CRLF lines.</summary>
    Csv,

    /// <summary>An Excel workbook with one worksheet, written as a stream.</summary>
    Xlsx,
}

public static class ExportFormats
{
    public static string Extension(this ExportFormat format) => format switch
    {
        ExportFormat.Csv => "csv",
        ExportFormat.Xlsx => "xlsx",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown export format."),
    };

    public static string ContentType(this ExportFormat format) => format switch
    {
        ExportFormat.Csv => "text/csv; charset=utf-8",
        ExportFormat.Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown export format."),
    };
}
