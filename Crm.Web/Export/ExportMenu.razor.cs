using Crm.Infrastructure.Export;
using Crm.Web.Charts;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using MudBlazor;

namespace Crm.Web.Export;

/// <summary>
/// A download button with a menu of the two formats (CSV, Excel) that hands one table to the
/// browser as a file, exactly as given: the rows in their order, the cells typed (docs/export.md).
/// Give it the table itself, or a delegate that builds it when clicked for a table costly to build
/// on every render. A failed download says so in a snackbar; the page stays as it was.
/// </summary>
public sealed partial class ExportMenu : IDisposable
{
    private readonly CancellationTokenSource _disposed = new();
    private bool _exporting;

    [Inject]
    private ExportDownload Downloads { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    /// <summary>The table to export; ignored when <see cref="TableFactory"/> is given.</summary>
    [Parameter]
    public ChartTable? Table { get; set; }

    /// <summary>Builds the table to export at the moment of the click.</summary>
    [Parameter]
    public Func<ChartTable>? TableFactory { get; set; }

    /// <summary>
    /// Names the file and its worksheet ("Targets 2026-04-07.xlsx" for "Targets"); the table's
    /// own title when not given.
    /// </summary>
    [Parameter]
    public string? FileTitle { get; set; }

    /// <summary>The menu's test id; its items are "&lt;id&gt;-csv" and "&lt;id&gt;-xlsx".</summary>
    [Parameter]
    public string TestId { get; set; } = "export";

    private bool HasTable => Table is not null || TableFactory is not null;

    private Task OnCsvClickedAsync() => ExportAsync(ExportFormat.Csv);

    private Task OnExcelClickedAsync() => ExportAsync(ExportFormat.Xlsx);

    private async Task ExportAsync(ExportFormat format)
    {
        var table = TableFactory is { } build ? build() : Table;
        if (table is null || _exporting)
        {
            return;
        }

        _exporting = true;
        try
        {
            var export = FileTitle is null ? table : table with { Title = FileTitle };
            await Downloads.DownloadAsync(export.ToExport(), format, _disposed.Token);
        }
        catch (Exception exception) when (exception is JSException or OperationCanceledException)
        {
            if (!_disposed.IsCancellationRequested)
            {
                Snackbar.Add(Text["Menu.Failed"], Severity.Warning);
            }
        }
        finally
        {
            _exporting = false;
        }
    }

    public void Dispose()
    {
        _disposed.Cancel();
        _disposed.Dispose();
    }
}
