using Crm.Domain.Common;
using Crm.Domain.Notifications;
using Crm.Infrastructure.Live;
using Crm.Web.Common;

namespace Crm.Web.Notifications;

/// <summary>
/// One person's notification changes from the live bus: events about their notifications
/// (created, read, unread) become one coalesced refresh; events about anyone else's are
/// dropped here, from the recipient the event carries, without a database read.
/// </summary>
internal sealed class NotificationFeed : IDisposable
{
    public static readonly TimeSpan DefaultWindow = TimeSpan.FromMilliseconds(250);

    private readonly Guid _recipientId;
    private readonly CoalescedRefresh _refresh;
    private readonly IDisposable _subscription;

    public NotificationFeed(ILiveBus bus, Guid recipientId, Func<Task> refreshAsync, TimeSpan window)
    {
        _recipientId = recipientId;
        _refresh = new CoalescedRefresh(refreshAsync, window);
        _subscription = bus.Subscribe(OnEventAsync);
    }

    public void Dispose()
    {
        _subscription.Dispose();
        _refresh.Dispose();
    }

    private ValueTask OnEventAsync(IDomainEvent domainEvent, CancellationToken cancellationToken)
    {
        if (domainEvent is INotificationEvent notificationEvent && notificationEvent.RecipientId == _recipientId)
        {
            _refresh.Request();
        }

        return ValueTask.CompletedTask;
    }
}
