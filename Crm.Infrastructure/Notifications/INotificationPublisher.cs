using Crm.Infrastructure.Persistence;

namespace Crm.Infrastructure.Notifications;

/// <summary>
/// How features tell someone something. A notification added through <see cref="Add"/> is part
/// of the caller's own change: it is saved by the caller's save, committed or rolled back with
/// the caller's transaction, and its <c>NotificationCreated</c> event reaches the live bus only
/// after that commit. Nothing here checks who may see the target record; the producer decides
/// who is told. The recipient (and the actor, when given) must be existing users.
/// </summary>
public interface INotificationPublisher
{
    /// <summary>
    /// Adds the notification to <paramref name="db"/> without saving. Returns false, adding
    /// nothing, when the draft asks to skip the actor's own action and the actor is the recipient.
    /// Throws <c>DomainException</c> for a malformed draft.
    /// </summary>
    bool Add(CrmDbContext db, NotificationDraft draft);

    /// <summary>
    /// For producers with no change of their own (jobs): adds and saves the notification in an
    /// operation of its own. Returns false when it was skipped, as <see cref="Add"/>.
    /// </summary>
    Task<bool> NotifyAsync(NotificationDraft draft, CancellationToken cancellationToken = default);
}
