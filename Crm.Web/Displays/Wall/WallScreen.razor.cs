using System.Globalization;
using Crm.Domain.Displays;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Displays;
using Crm.Infrastructure.Displays.Boards;
using Microsoft.AspNetCore.Components;
using Crm.Web.Common;
using Microsoft.JSInterop;

namespace Crm.Web.Displays.Wall;

/// <summary>
/// Holds the one shared board its display's scope shows (never a copy of its own), re-renders
/// when a newer board is out, and tells the browser it is alive after every board and every
/// heartbeat. A scope that no longer exists (a team removed) is said on screen, not thrown.
/// </summary>
public sealed partial class WallScreen : ComponentBase, IDisposable
{
    private static readonly TimeSpan LiveWindow = TimeSpan.FromMilliseconds(100);

    private object? _scope;
    private IBoardWatch<SalesBoard>? _sales;
    private IBoardWatch<ServiceBoard>? _service;
    private CoalescedRefresh? _refresh;
    private IDisposable? _heartbeat;
    private object? _boardTold;
    private bool _scopeGone;

    [Parameter, EditorRequired]
    public DisplayScreen Screen { get; set; } = default!;

    [Inject]
    private ISalesBoards SalesBoards { get; set; } = default!;

    [Inject]
    private IServiceBoards ServiceBoards { get; set; } = default!;

    [Inject]
    private WallHeartbeat Heartbeat { get; set; } = default!;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    private WallCulture Culture { get; set; } = default!;

    private object? Board => (object?)_sales?.Current ?? _service?.Current;

    private DateTime Now => Clock.GetUtcNow().UtcDateTime;

    private string UpdatedText => Culture.Local(UpdatedAt).ToString("HH:mm:ss", CultureInfo.InvariantCulture);

    private DateTime UpdatedAt => Board switch
    {
        SalesBoard sales => sales.UpdatedAt,
        ServiceBoard service => service.UpdatedAt,
        _ => Now,
    };

    private string ThemeName => Screen.Theme == DisplayTheme.Light ? "light" : "dark";

    private int RotationSeconds => (int)Screen.Rotation.TotalSeconds;

    private string ZoneId =>
        TimeZoneInfo.TryConvertWindowsIdToIanaId(Screen.Zone.Id, out var iana) ? iana : Screen.Zone.Id;

    protected override async Task OnParametersSetAsync()
    {
        if (Culture is null || Culture.Culture.Name != Screen.Language || !Equals(Culture.Zone, Screen.Zone))
        {
            Culture = new WallCulture(Screen.Language, Screen.Zone);
        }

        var scope = ScopeOf(Screen);
        if (!Equals(scope, _scope))
        {
            _scope = scope;
            await WatchAsync(scope);
        }
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender)
        {
            _heartbeat = Heartbeat.Subscribe(OnHeartbeat);
        }

        if (!ReferenceEquals(Board, _boardTold))
        {
            _boardTold = Board;
            await TellAliveAsync();
        }
    }

    public void Dispose()
    {
        _heartbeat?.Dispose();
        _refresh?.Dispose();
        StopWatching();
    }

    private static object ScopeOf(DisplayScreen screen) => screen.Kind == DisplayKind.Sales
        ? new SalesBoardScope(screen.TeamId, screen.PipelineId, screen.Period)
        : new ServiceBoardScope(screen.TeamId ?? Guid.Empty, screen.QueueId);

    private async Task WatchAsync(object scope)
    {
        StopWatching();
        _refresh ??= new CoalescedRefresh(() => InvokeAsync(StateHasChanged), LiveWindow);
        try
        {
            if (scope is SalesBoardScope sales)
            {
                _sales = await SalesBoards.WatchAsync(sales, _refresh.Request);
            }
            else
            {
                _service = await ServiceBoards.WatchAsync((ServiceBoardScope)scope, _refresh.Request);
            }

            _scopeGone = false;
        }
        catch (NotFoundException)
        {
            _scopeGone = true;
        }
    }

    private void StopWatching()
    {
        _sales?.Dispose();
        _service?.Dispose();
        (_sales, _service) = (null, null);
    }

    private void OnHeartbeat()
    {
        try
        {
            _ = InvokeAsync(TellAliveAsync);
        }
        catch (ObjectDisposedException)
        {
            // The circuit ended between the beat and this screen's turn.
        }
    }

    // The browser's watchdog: no word for 30 s shows the reconnecting banner. The server's time
    // goes along, so a TV whose own clock is wrong still counts down to the right moment.
    private async Task TellAliveAsync()
    {
        try
        {
            await JS.InvokeVoidAsync("crmWall.beat", Clock.GetUtcNow().ToUnixTimeMilliseconds());
        }
        catch (JSDisconnectedException)
        {
            // The browser is gone; its circuit ends by itself.
        }
        catch (TaskCanceledException)
        {
            // The circuit is closing.
        }
    }
}
