using System.Globalization;

namespace Crm.Web.Common;

/// <summary>
/// Turns a burst of live events into one refresh: the first request waits a short window, every
/// request in that window joins it, and a request arriving while a refresh runs schedules
/// exactly one more. Disposing stops anything not yet started. The refresh runs in the culture
/// the screen was created in, not in that of the thread that asked for it (a read model's worker
/// has none of the user's), so a live re-render stays in the user's language.
/// </summary>
internal sealed class CoalescedRefresh(Func<Task> refreshAsync, TimeSpan window) : IDisposable
{
    private readonly CultureInfo _culture = CultureInfo.CurrentCulture;
    private readonly CultureInfo _uiCulture = CultureInfo.CurrentUICulture;
    private readonly Lock _gate = new();
    private readonly CancellationTokenSource _stop = new();
    private bool _pending;
    private bool _running;

    public void Request()
    {
        lock (_gate)
        {
            if (_pending || _stop.IsCancellationRequested)
            {
                return;
            }

            _pending = true;
            if (_running)
            {
                return;
            }

            _running = true;
        }

        _ = RunAsync();
    }

    // The source is only cancelled, never disposed: it owns no timer, and a refresh still
    // finishing may read its token.
    public void Dispose() => _stop.Cancel();

    private async Task RunAsync()
    {
        CultureInfo.CurrentCulture = _culture;
        CultureInfo.CurrentUICulture = _uiCulture;
        try
        {
            do
            {
                await Task.Delay(window, _stop.Token);
                lock (_gate)
                {
                    _pending = false;
                }

                await refreshAsync();
            }
            while (ContinueRunning());
        }
        catch (OperationCanceledException)
        {
            // Disposed: the component is gone, nothing to refresh.
        }
        catch (ObjectDisposedException)
        {
            // The circuit ended while a refresh was being handed to it.
        }
    }

    private bool ContinueRunning()
    {
        lock (_gate)
        {
            _running = _pending;

            return _running;
        }
    }
}
