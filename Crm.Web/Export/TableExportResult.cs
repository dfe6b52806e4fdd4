using Crm.Infrastructure.Export;
using Microsoft.Net.Http.Headers;

namespace Crm.Web.Export;

/// <summary>
/// A minimal-API result that writes an export straight into the response body, row by row, under
/// a dated attachment name (<c>filename*</c> in UTF-8, so Chinese titles survive). For exports that
/// an endpoint computes itself (whole record sets); the browser streams them to disk.
/// </summary>
internal sealed class TableExportResult(ExportTable table, ExportFormat format, DateOnly date) : IResult
{
    public string FileName { get; } = ExportFileName.For(table.Title, date, format);

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var exporter = httpContext.RequestServices.GetRequiredService<ITableExporter>();
        var response = httpContext.Response;
        var disposition = new ContentDispositionHeaderValue("attachment");
        disposition.SetHttpFileName(FileName);
        response.ContentType = format.ContentType();
        response.Headers.ContentDisposition = disposition.ToString();
        response.Headers.CacheControl = "private, no-store";
        response.Headers.XContentTypeOptions = "nosniff";

        await exporter.WriteAsync(table, format, response.Body, httpContext.RequestAborted);
    }
}
