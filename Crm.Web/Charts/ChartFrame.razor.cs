using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using Plotly.Blazor;
using Plotly.Blazor.Interop;

namespace Crm.Web.Charts;

/// <summary>
/// Hosts one Plotly chart for the chart components: the empty state, updates when the plot changes
/// (Plotly.Blazor never re-renders by itself), click subscription mapped back to segment keys, and a
/// resize observer so the chart follows its card rather than only the window.
/// </summary>
public sealed partial class ChartFrame : IAsyncDisposable
{
    private readonly Config _config = ChartTheme.Config();
    private ElementReference _container;
    private PlotlyChart? _plot;
    private ChartPlot? _drawn;
    private ChartPlot? _created;
    private bool _plotReady;
    private IJSObjectReference? _module;
    private IJSObjectReference? _observer;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    [Parameter, EditorRequired]
    public ChartPlot Plot { get; set; } = default!;

    [Parameter]
    public bool IsEmpty { get; set; }

    /// <summary>Replaces the chart's own "no data" text, e.g. "No target set for this period".</summary>
    [Parameter]
    public string? EmptyText { get; set; }

    /// <summary>CSS height of the chart area; the width always fills the card.</summary>
    [Parameter]
    public string Height { get; set; } = "320px";

    [Parameter]
    public string? TestId { get; set; }

    /// <summary>Raised with the key of the segment clicked.</summary>
    [Parameter]
    public EventCallback<string> OnSegmentClick { get; set; }

    // The plot Plotly draws first is the one its chart was created with; a newer one that arrives
    // before Plotly is ready (the theme switched while loading) is drawn once it is.
    protected override void OnParametersSet() => _created = IsEmpty ? null : _created ?? Plot;

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender)
        {
            await ObserveResizeAsync();
        }

        if (IsEmpty)
        {
            _plotReady = false;
            _drawn = null;
            return;
        }

        if (_plotReady && _plot is not null && !ReferenceEquals(_drawn, Plot))
        {
            _drawn = Plot;
            await _plot.React();
        }
    }

    private async Task ObserveResizeAsync()
    {
        _module = await JS.InvokeAsync<IJSObjectReference>("import", "./Charts/ChartFrame.razor.js");
        _observer = await _module.InvokeAsync<IJSObjectReference>("observe", _container);
    }

    // Plotly.Blazor calls this once its first plot exists: only then can clicks be subscribed.
    private void OnPlotRendered() => _ = InvokeAsync(SubscribeAsync);

    private async Task SubscribeAsync()
    {
        _plotReady = true;
        _drawn = _created;
        try
        {
            if (_plot is not null && OnSegmentClick.HasDelegate)
            {
                await _plot.SubscribeClickEvent();
            }

            if (_plot is not null && !ReferenceEquals(_drawn, Plot))
            {
                _drawn = Plot;
                await _plot.React();
            }
        }
        catch (Exception exception) when (exception is JSDisconnectedException or TaskCanceledException)
        {
            // The circuit went away between the plot and the subscription: nothing to click any more.
        }
        catch (Exception exception)
        {
            await DispatchExceptionAsync(exception);
        }
    }

    private void OnPlotClicked(IEnumerable<EventDataPoint> points)
    {
        var key = points.Select(Plot.KeyOf).FirstOrDefault(k => k is not null);
        if (key is not null)
        {
            _ = InvokeAsync(() => OnSegmentClick.InvokeAsync(key));
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_observer is not null)
            {
                await _observer.InvokeVoidAsync("disconnect");
                await _observer.DisposeAsync();
            }

            if (_module is not null)
            {
                await _module.DisposeAsync();
            }
        }
        catch (Exception exception) when (exception is JSDisconnectedException or TaskCanceledException)
        {
            // The browser is gone and took the observer with it.
        }
    }
}
