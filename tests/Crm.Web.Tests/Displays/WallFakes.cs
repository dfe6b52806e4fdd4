using System.Collections.Immutable;
using Crm.Domain.Displays;
using Crm.Domain.Forecasting;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Displays;
using Crm.Infrastructure.Displays.Boards;

namespace Crm.Web.Tests.Displays;

/// <summary>A directory holding one display per token, and the change notices a test raises.</summary>
internal sealed class FakeDisplayDirectory : IDisplayDirectory
{
    private readonly List<Action<Guid>> _subscribers = [];

    public Dictionary<string, DisplayScreen> Screens { get; } = [];

    public int SubscriberCount => _subscribers.Count;

    public Task<DisplayScreen?> FindAsync(string token, CancellationToken cancellationToken = default) =>
        Task.FromResult(Screens.GetValueOrDefault(token));

    public IDisposable Subscribe(Action<Guid> onChanged)
    {
        _subscribers.Add(onChanged);

        return new Unsubscriber(() => _subscribers.Remove(onChanged));
    }

    public void Changed(Guid displayId)
    {
        foreach (var subscriber in _subscribers.ToList())
        {
            subscriber(displayId);
        }
    }

    private sealed class Unsubscriber(Action dispose) : IDisposable
    {
        public void Dispose() => dispose();
    }
}

/// <summary>Boards per scope that a test sets; it counts the watches open.</summary>
internal sealed class FakeBoards<TScope, TBoard>
    where TScope : notnull
    where TBoard : class
{
    private readonly List<(TScope Scope, Watch Watch)> _watches = [];

    public Dictionary<TScope, TBoard> Boards { get; } = [];

    public int OpenWatches => _watches.Count(w => !w.Watch.Disposed);

    public Task<IBoardWatch<TBoard>> WatchAsync(TScope scope, Action onChanged)
    {
        if (!Boards.ContainsKey(scope))
        {
            throw new NotFoundException("Team", Guid.Empty);
        }

        var watch = new Watch(this, scope, onChanged);
        _watches.Add((scope, watch));

        return Task.FromResult<IBoardWatch<TBoard>>(watch);
    }

    public void Publish(TScope scope, TBoard board)
    {
        Boards[scope] = board;
        foreach (var (_, watch) in _watches.Where(w => w.Scope.Equals(scope) && !w.Watch.Disposed))
        {
            watch.OnChanged();
        }
    }

    private sealed class Watch(FakeBoards<TScope, TBoard> owner, TScope scope, Action onChanged) : IBoardWatch<TBoard>
    {
        public bool Disposed { get; private set; }

        public Action OnChanged => onChanged;

        public TBoard Current => owner.Boards[scope];

        public void Dispose() => Disposed = true;
    }
}

internal sealed class FakeSalesBoards : ISalesBoards
{
    public FakeBoards<SalesBoardScope, SalesBoard> Held { get; } = new();

    public Task<IBoardWatch<SalesBoard>> WatchAsync(
        SalesBoardScope scope, Action onChanged, CancellationToken cancellationToken = default) =>
        Held.WatchAsync(scope, onChanged);
}

internal sealed class FakeServiceBoards : IServiceBoards
{
    public FakeBoards<ServiceBoardScope, ServiceBoard> Held { get; } = new();

    public Task<IBoardWatch<ServiceBoard>> WatchAsync(
        ServiceBoardScope scope, Action onChanged, CancellationToken cancellationToken = default) =>
        Held.WatchAsync(scope, onChanged);
}

/// <summary>Displays and boards as the wall tests use them.</summary>
internal static class WallSamples
{
    public static readonly Guid SalesTeam = Guid.Parse("0195a002-0000-7000-8000-0000000000a1");
    public static readonly Guid SupportTeam = Guid.Parse("0195a002-0000-7000-8000-0000000000b1");
    public static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public static DisplayScreen SalesScreen(string language = "zh-CN") => new(
        Guid.Parse("0195d000-0000-7000-8000-000000000001"), 1, "华东销售大屏", DisplayKind.Sales, SalesTeam,
        null, null,
        PeriodKind.Month,
        [
            new DisplayPage("本月战况", [DisplayPanel.Leaderboard, DisplayPanel.TargetGauge]),
            new DisplayPage(null, [DisplayPanel.Funnel]),
        ],
        TimeSpan.FromSeconds(20), DisplayTheme.Dark, language, CelebrateWins: false, PlaySound: false, Shanghai);

    public static DisplayScreen ServiceScreen() => new(
        Guid.Parse("0195d000-0000-7000-8000-000000000002"), 1, "Frontline Support", DisplayKind.Service, SupportTeam,
        null, null, PeriodKind.Month, [new DisplayPage("Queue", [DisplayPanel.Queue, DisplayPanel.Today])],
        TimeSpan.FromSeconds(30), DisplayTheme.Light, "en-US", CelebrateWins: false, PlaySound: false, Shanghai);

    public static SalesBoardScope ScopeOf(DisplayScreen screen) => new(screen.TeamId, screen.PipelineId, screen.Period);

    public static SalesBoard SalesBoard(DateTime updatedAt) => new(
        new SalesBoardScope(SalesTeam, null, PeriodKind.Month),
        new FiscalCalendar(1).PeriodContaining(new DateOnly(2026, 3, 2), PeriodKind.Month),
        "CNY", [], [], new TargetPace(0, null, 0m),
        new Crm.Infrastructure.Displays.Boards.TeamForecast(0, 0, 0, 0, null), [], [], updatedAt);

    public static ServiceBoard ServiceBoard(DateTime updatedAt) => new(
        new ServiceBoardScope(SupportTeam, null), [], [], [], new ServiceToday(3, 2), new SatisfactionToday(0, null, 0),
        updatedAt);
}
