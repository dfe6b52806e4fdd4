using System.Globalization;
using Crm.Infrastructure.Displays.Boards;
using Crm.Web.Displays.Wall;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace Crm.Web.Displays.Sales;

/// <summary>
/// Watches the board's feed for won moments it has not seen before and shows the newest for
/// <see cref="ShownFor"/>. The first board only teaches it what is old, so opening or reloading
/// a screen never celebrates yesterday's wins: a win counts when it is not on the last board and
/// is newer than every win on the first. It keeps just the keys of the wins on the last board,
/// that first moment and the win being shown.
/// </summary>
public sealed partial class SalesCelebration : ComponentBase, IDisposable
{
    /// <summary>How long a win stays up; the CSS fade-out ends a little before.</summary>
    public static readonly TimeSpan ShownFor = TimeSpan.FromSeconds(6.5);

    private const int ConfettiPieces = 36;

    private static readonly string[] Confetti = [.. Enumerable.Range(0, ConfettiPieces).Select(PieceStyle)];

    private SalesBoard? _seenBoard;
    private HashSet<(Guid, int)>? _knownWins;
    private DateTime _firstBoardWins;
    private SalesMoment? _win;
    private int _shown;
    private bool _chimeDue;
    private CancellationTokenSource? _hiding;

    [Parameter, EditorRequired]
    public SalesBoard Board { get; set; } = default!;

    [Parameter]
    public bool PlaySound { get; set; }

    [CascadingParameter]
    public WallCulture Wall { get; set; } = default!;

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    protected override void OnParametersSet()
    {
        if (ReferenceEquals(Board, _seenBoard))
        {
            return;
        }

        _seenBoard = Board;
        var wins = Board.Feed.Where(m => m.Kind == SalesMomentKind.Won).ToList();
        var known = _knownWins;
        _knownWins = [.. wins.Select(Key)];
        if (known is null)
        {
            _firstBoardWins = wins.Count == 0 ? DateTime.MinValue : wins.Max(m => m.At);

            return;
        }

        var fresh = wins.Where(m => !known.Contains(Key(m)) && m.At > _firstBoardWins).MaxBy(m => m.At);
        if (fresh is not null)
        {
            Celebrate(fresh);
        }
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!_chimeDue)
        {
            return;
        }

        _chimeDue = false;
        try
        {
            await JS.InvokeVoidAsync("crmWall.chime");
        }
        catch (Exception error)
            when (error is JSException or JSDisconnectedException or TaskCanceledException)
        {
            // A silent TV still shows the win; browsers may refuse sound nobody clicked for.
        }
    }

    public void Dispose()
    {
        _hiding?.Cancel();
        _hiding?.Dispose();
    }

    private static (Guid, int) Key(SalesMoment moment) => (moment.OpportunityId, moment.Version);

    private void Celebrate(SalesMoment win)
    {
        _win = win;
        _shown++;
        _chimeDue = PlaySound;
        _hiding?.Cancel();
        _hiding?.Dispose();
        _hiding = new CancellationTokenSource();
        _ = HideLaterAsync(_shown, _hiding.Token);
    }

    private async Task HideLaterAsync(int shown, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(ShownFor, Clock, cancellationToken);
            await InvokeAsync(() =>
            {
                if (_shown == shown)
                {
                    _win = null;
                    StateHasChanged();
                }
            });
        }
        catch (Exception error) when (error is OperationCanceledException or ObjectDisposedException)
        {
            // A newer win took over, or the screen closed.
        }
    }

    // Spread without randomness, so every render of a piece is the same and the server sends no diff.
    private static string PieceStyle(int index) => string.Create(
        CultureInfo.InvariantCulture,
        $"--x: {index * 37 % 100}%; --delay: {index * 13 % 17 / 10.0:0.0}s; "
        + $"--fall: {2.6 + index * 7 % 11 / 10.0:0.0}s; --turn: {index * 47 % 360}deg");
}
