using Crm.Domain.Activities;
using Crm.Domain.Common;
using Crm.Infrastructure.Common;

namespace Crm.Infrastructure.Activities;

/// <summary>
/// The customer timeline: logging, reading, correcting and deleting activities. Every method
/// applies customer visibility through the activity's account: an invisible account, contact
/// or activity is reported as <see cref="NotFoundException"/>. Sales roles log within their
/// scope, service roles on every account; marketing only reads (<see cref="ForbiddenException"/>).
/// </summary>
public interface IActivityService
{
    /// <summary>
    /// Logs an activity on a visible account as the signed-in user and returns it as the timeline
    /// shows it. The optional contact must belong to the account ("Contact.not-found" otherwise).
    /// Throws <see cref="DomainException"/> naming the field (a missing subject, a time in the
    /// future, a duration over a day); nothing is saved or published then. The
    /// <see cref="ActivityLogged"/> event reaches live subscribers only after the commit.
    /// </summary>
    Task<ActivityItem> LogAsync(
        Guid accountId, Guid? contactId, ActivityEntry entry, CancellationToken cancellationToken = default);

    /// <summary>
    /// Logs an activity as <see cref="LogAsync(Guid, Guid?, ActivityEntry, CancellationToken)"/>
    /// does, about a further record of the account when <paramref name="related"/> is set: the
    /// activity stays on the account's timeline and also shows on that record's
    /// (<see cref="TimelineQuery.Related"/>). The record must be one the caller sees, on this
    /// account ("Related.not-found" otherwise); opportunities are the records that can be linked.
    /// </summary>
    Task<ActivityItem> LogAsync(
        Guid accountId, Guid? contactId, RecordLink? related, ActivityEntry entry,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// A page of visible activities, newest <see cref="Activity.OccurredAt"/> first (id breaks
    /// ties), using keyset paging so entries logged meanwhile never shift later pages. Page size
    /// is clamped to 1..200. Throws <see cref="NotFoundException"/> when the query names an
    /// invisible account or contact.
    /// </summary>
    Task<TimelinePage> TimelineAsync(TimelineQuery query, CancellationToken cancellationToken = default);

    /// <summary>
    /// Replaces what was recorded, as of version <paramref name="expectedVersion"/>. Only the
    /// person who logged it, or an admin, sales manager or support lead, may correct it
    /// (<see cref="ForbiddenException"/>); <see cref="ConcurrencyConflictException"/> when stale.
    /// </summary>
    Task<ActivityItem> CorrectAsync(
        Guid id, int expectedVersion, ActivityEntry entry, CancellationToken cancellationToken = default);

    /// <summary>Soft-deletes the activity under the same rules as <see cref="CorrectAsync"/>.</summary>
    Task DeleteAsync(Guid id, int expectedVersion, CancellationToken cancellationToken = default);
}
