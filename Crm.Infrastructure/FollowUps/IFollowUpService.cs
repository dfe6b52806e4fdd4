using Crm.Domain.Common;
using Crm.Infrastructure.Common;

namespace Crm.Infrastructure.FollowUps;

/// <summary>
/// Follow-up tasks under customer visibility: a task about an account is visible to whoever
/// sees the account, a personal task to the assignee's scope. Tasks on an account are created
/// and changed by whoever may log activities there (not marketing); the assignee may always
/// complete, reopen and reschedule their own task. Missing or invisible ids raise
/// <see cref="NotFoundException"/>, read-only access <see cref="ForbiddenException"/>.
/// </summary>
public interface IFollowUpService
{
    /// <summary>
    /// Creates a task and returns it. The assignee defaults to the caller and must be an active
    /// user within the caller's scope ("Assignee.invalid"); a missing subject raises
    /// "Subject.required"; a related record must be one the caller sees on the task's account
    /// ("Related.not-found"). Nothing is saved when a <see cref="DomainException"/> is thrown.
    /// </summary>
    Task<FollowUpItem> CreateAsync(FollowUpInput input, CancellationToken cancellationToken = default);

    /// <summary>Marks the task done now; completing a done task changes nothing.</summary>
    Task<FollowUpItem> CompleteAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>Makes a done task open again; reopening an open task changes nothing.</summary>
    Task<FollowUpItem> ReopenAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>
    /// Moves the due time (UTC), as of version <paramref name="expectedVersion"/>;
    /// <see cref="ConcurrencyConflictException"/> when someone changed the task in between.
    /// </summary>
    Task<FollowUpItem> RescheduleAsync(
        Guid id, int expectedVersion, DateTime dueAt, CancellationToken cancellationToken = default);

    /// <summary>The caller's open tasks, earliest due first (so overdue ones lead).</summary>
    Task<IReadOnlyList<FollowUpItem>> MyOpenAsync(CancellationToken cancellationToken = default);

    /// <summary>The caller's most recently completed tasks, newest first, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<FollowUpItem>> MyCompletedAsync(int limit = 20, CancellationToken cancellationToken = default);

    /// <summary>
    /// Open tasks about the account, earliest due first, and whether the caller may add tasks
    /// there. Throws <see cref="NotFoundException"/> when the account is missing, deleted or invisible.
    /// </summary>
    Task<AccountTaskList> OpenForAccountAsync(
        Guid accountId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Open tasks about one record of the account (an opportunity), earliest due first, and
    /// whether the caller may add tasks there; the account's own list includes them too.
    /// Throws <see cref="NotFoundException"/> as <see cref="OpenForAccountAsync"/> does.
    /// </summary>
    Task<AccountTaskList> OpenForRecordAsync(
        Guid accountId, RecordLink related, CancellationToken cancellationToken = default);

    /// <summary>Active users the caller may assign tasks to, the caller included, in name order.</summary>
    Task<IReadOnlyList<AssigneeOption>> AssigneesAsync(CancellationToken cancellationToken = default);
}
