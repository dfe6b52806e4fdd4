using System.IO.Pipelines;
using Crm.Infrastructure.Export;
using Crm.Web.Common;
using Microsoft.JSInterop;

namespace Crm.Web.Export;

/// <summary>
/// Sends an export to the browser as a file download over the circuit. The exporter writes into a
/// pipe while Blazor streams the other end to the browser in chunks (a
/// <see cref="DotNetStreamReference"/>), so the server holds at most the pipe's buffer, never the file.
/// </summary>
/// <remarks>
/// Chosen over a minimal-API endpoint for what a page already holds (a chart's rows, a grid's
/// current page): an HTTP request cannot reach the circuit's data without parking it on the server
/// under a token. The browser assembles the file in memory before saving it, which suits the sizes
/// a page shows; exports of whole record sets belong on an endpoint writing to the response with
/// <see cref="TableExportResult"/>, where the browser streams to disk.
/// </remarks>
internal sealed class ExportDownload(IJSRuntime js, ITableExporter exporter, UserTimeZone timeZone)
{
    /// <summary>Writes <paramref name="table"/> as <paramref name="format"/> and hands it to the browser.</summary>
    public async Task DownloadAsync(
        ExportTable table, ExportFormat format, CancellationToken cancellationToken = default)
    {
        var fileName = ExportFileName.For(table.Title, DateOnly.FromDateTime(timeZone.Now), format);
        var pipe = new Pipe();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var writing = Task.Run(() => WriteAsync(table, format, pipe.Writer, stop.Token), stop.Token);
        try
        {
            await using var module =
                await js.InvokeAsync<IJSObjectReference>("import", cancellationToken, "./js/download.js");
            using var content = new DotNetStreamReference(pipe.Reader.AsStream(), leaveOpen: false);
            await module.InvokeVoidAsync("download", cancellationToken, fileName, format.ContentType(), content);
        }
        catch
        {
            // The browser did not take the file: stop writing rows nobody will read.
            await stop.CancelAsync();
            throw;
        }
        finally
        {
            await ObserveAsync(writing, stop.IsCancellationRequested);
        }
    }

    private async Task WriteAsync(ExportTable table, ExportFormat format, PipeWriter writer, CancellationToken token)
    {
        try
        {
            await using var stream = writer.AsStream(leaveOpen: true);
            await exporter.WriteAsync(table, format, stream, token);
            await writer.CompleteAsync();
        }
        catch (Exception exception)
        {
            await writer.CompleteAsync(exception);
            throw;
        }
    }

    // After a failed download the writer's own failure (cancelled, or the reader gone) says nothing new.
    private static async Task ObserveAsync(Task writing, bool downloadFailed)
    {
        try
        {
            await writing;
        }
        catch (Exception) when (downloadFailed)
        {
        }
    }
}
