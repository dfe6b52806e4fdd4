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

    private LiveReload(ILiveBus bus, Func<IDomainEvent, bool> concerns, Func<Task> reloadAsync, TimeSpan window)
    {
        _refresh = new CoalescedRefresh(reloadAsync, window);
        _subscription = bus.Subscribe((domainEvent, _) =>
        {
            if (concerns(domainEvent))
            {
                _refresh.Request();
            }

            return ValueTask.CompletedTask;
        });
    }

    /// <summary>
    /// Starts listening. <paramref name="reloadAsync"/> runs off the event thread, so a component
    /// passes <c>() =&gt; InvokeAsync(ReloadAsync)</c>.
    /// </summary>
    public static LiveReload Start(
        ILiveBus bus, Func<IDomainEvent, bool> concerns, Func<Task> reloadAsync, TimeSpan? window = null) =>
        new(bus, concerns, reloadAsync, window ?? AdminWindow);

    public void Dispose()
    {
        _subscription.Dispose();
        _refresh.Dispose();
    }
}
