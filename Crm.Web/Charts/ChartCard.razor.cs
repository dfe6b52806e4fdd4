using Crm.Infrastructure.Export;
using Crm.Web.Export;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Microsoft.JSInterop;
using MudBlazor;

namespace Crm.Web.Charts;

/// <summary>
/// A card around one chart: its title, a toggle that shows the same numbers as a table under the
/// chart (beside it on large screens when the card spans the page), and an export of those
/// numbers to CSV or Excel.
/// </summary>
public sealed partial class ChartCard : IDisposable
{
    private readonly CancellationTokenSource _disposed = new();
    private bool _showTable;
    private bool _exporting;

    [Inject]
    private ExportDownload Downloads { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Parameter, EditorRequired]
    public string Title { get; set; } = "";

    /// <summary>The chart itself.</summary>
    [Parameter]
    public RenderFragment? ChildContent { get; set; }

    /// <summary>The numbers behind the chart; without them there is no table toggle and no export.</summary>
    [Parameter]
    public ChartTable? Table { get; set; }

    /// <summary>
    /// Whether the table goes beside the chart on large screens; only a card as wide as the page
    /// has room for both.
    /// </summary>
    [Parameter]
    public bool TableBeside { get; set; }

    /// <summary>Extra controls in the header, before the table toggle (a measure switch, a link).</summary>
    [Parameter]
    public RenderFragment? HeaderActions { get; set; }

    [Parameter]
    public string? TestId { get; set; }

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

    public void Dispose()
    {
        _disposed.Cancel();
        _disposed.Dispose();
    }
}
