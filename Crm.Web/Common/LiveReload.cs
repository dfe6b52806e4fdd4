using Crm.Domain.Common;
using Crm.Infrastructure.Live;

namespace Crm.Web.Common;

/// <summary>
/// Keeps a screen current: every committed event it cares about asks for a reload, and a burst
/// of them becomes one (<see cref="CoalescedRefresh"/>). Start it before the screen's first
/// read, so a change saved in between is not missed; dispose it with the screen.
/// </summary>
internal sealed class LiveReload : IDisposable
{
    /// <summary>The window admin pages gather events in: changes there come one at a time.</summary>
    public static readonly TimeSpan AdminWindow = TimeSpan.FromMilliseconds(300);

    private readonly CoalescedRefresh _refresh;
    private readonly IDisposable _subscription;

    private LiveReload(Func<Action, IDisposable> subscribe, Func<Task> reloadAsync, TimeSpan window)
    {
        _refresh = new CoalescedRefresh(reloadAsync, window);
        _subscription = subscribe(_refresh.Request);
    }

    /// <summary>
    /// Starts listening. <paramref name="reloadAsync"/> runs off the event thread, so a component
    /// passes <c>() =&gt; InvokeAsync(ReloadAsync)</c>.
    /// </summary>
    public static LiveReload Start(
        ILiveBus bus, Func<IDomainEvent, bool> concerns, Func<Task> reloadAsync, TimeSpan? window = null) =>
        new(request => bus.Subscribe((domainEvent, _) =>
        {
            if (concerns(domainEvent))
            {
                request();
            }

            return ValueTask.CompletedTask;
        }), reloadAsync, window ?? AdminWindow);

    /// <summary>
    /// Follows a read model that announces its own changes (a fact table, a snapshot store):
    /// <paramref name="subscribe"/> registers the callback and returns what stops it.
    /// </summary>
    public static LiveReload Follow(Func<Action, IDisposable> subscribe, Func<Task> reloadAsync, TimeSpan window) =>
        new(subscribe, reloadAsync, window);

    public void Dispose()
    {
        _subscription.Dispose();
        _refresh.Dispose();
    }
}
