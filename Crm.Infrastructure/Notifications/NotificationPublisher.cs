using Crm.Domain.Notifications;
using Crm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Crm.Infrastructure.Notifications;

internal sealed class NotificationPublisher(
    IDbContextFactory<CrmDbContext> contexts, TimeProvider clock, ILogger<NotificationPublisher> logger)
    : INotificationPublisher
{
    public bool Add(CrmDbContext db, NotificationDraft draft)
    {
        if (draft.SkipIfActorIsRecipient && draft.ActorId == draft.RecipientId)
        {
            NotificationsLog.SkippedOwnAction(logger, draft.Kind, draft.RecipientId);
            return false;
        }

        var notification = Notification.Create(
            Guid.CreateVersion7(), draft.RecipientId, draft.Kind, draft.Target, draft.Arguments, draft.ActorId,
            draft.At ?? clock.GetUtcNow().UtcDateTime);
        db.Notifications.Add(notification);
        NotificationsLog.Added(logger, notification.Id, notification.Kind, notification.RecipientId);

        return true;
    }

    public async Task<bool> NotifyAsync(NotificationDraft draft, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!Add(db, draft))
        {
            return false;
        }

        await db.SaveChangesAsync(cancellationToken);

        return true;
    }
}
