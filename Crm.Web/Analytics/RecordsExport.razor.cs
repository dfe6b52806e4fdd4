using Crm.Infrastructure.Export;
using Crm.Web.Charts;
using Crm.Web.Export;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Microsoft.JSInterop;
using MudBlazor;

namespace Crm.Web.Analytics;

/// <summary>
/// Exports what a table shows (the records behind a segment, the forecast, a list beside a chart)
/// to CSV or Excel through the one exporter, streamed to the browser over the circuit. A failed
/// download says so in a snackbar; the page stays as it was.
/// </summary>
public sealed partial class RecordsExport : IDisposable
{
    private readonly CancellationTokenSource _disposed = new();
    private bool _exporting;

    [Inject]
    private ExportDownload Downloads { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    /// <summary>The rows as shown, with typed cells; its title names the file.</summary>
    [Parameter, EditorRequired]
    public ChartTable? Table { get; set; }

    /// <summary>The button's test id; its menu items add <c>-csv</c> and <c>-xlsx</c>.</summary>
    [Parameter]
    public string TestId { get; set; } = "records-export";

    public void Dispose()
    {
        _disposed.Cancel();
        _disposed.Dispose();
    }

    private Task OnCsvClickedAsync() => ExportAsync(ExportFormat.Csv);

    private Task OnExcelClickedAsync() => ExportAsync(ExportFormat.Xlsx);

    private async Task ExportAsync(ExportFormat format)
    {
        if (Table is null || _exporting)
        {
            return;
        }

        _exporting = true;
        try
        {
            await Downloads.DownloadAsync(Table.ToExport(), format, _disposed.Token);
        }
        catch (Exception exception) when (exception is JSException or OperationCanceledException)
        {
            if (!_disposed.IsCancellationRequested)
            {
                Snackbar.Add(Text["Export.Failed"], Severity.Warning);
            }
        }
        finally
        {
            _exporting = false;
        }
    }
}
