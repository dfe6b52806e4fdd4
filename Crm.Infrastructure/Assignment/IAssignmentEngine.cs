using Crm.Domain.Assignment;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Persistence;

namespace Crm.Infrastructure.Assignment;

/// <summary>
/// Decides who gets a new lead (tickets later) from the ordered assignment rules of its kind,
/// the users the deciding rule's strategy considers (availability, capacity, open records) and
/// the organization's default queue. See <see cref="AssignmentEngine"/> for the rules of the decision.
/// </summary>
public interface IAssignmentEngine
{
    /// <summary>
    /// Decides for <paramref name="subject"/> inside the caller's <paramref name="db"/> and its
    /// transaction: rules, users and open counts are read through it, and the deciding rule's
    /// round-robin cursor is moved on the entity it tracks, so the caller's SaveChanges writes
    /// the cursor together with the record. Nothing is saved here. The caller applies the
    /// decision (owner or queue) and tells <see cref="AssignmentDecision.ManagerToNotifyId"/>.
    /// </summary>
    /// <remarks>
    /// Two records assigned by the same rule at once both start from the same cursor; the rule's
    /// version is the concurrency token, so the second save fails with a
    /// <c>DbUpdateConcurrencyException</c> on the rule and neither commits the same "next" user
    /// twice. The caller then runs the whole operation once more on a new context, through the
    /// execution strategy, where the engine sees the moved cursor:
    /// <c>contexts.InAssigningTransactionAsync(work, …)</c> does exactly that. Save with
    /// <c>SaveChangesAsync</c> (not <c>SaveCheckedAsync</c>) so the conflict reaches it. To
    /// assign several records on one context, save after each decision.
    /// </remarks>
    Task<AssignmentDecision> DecideAsync(
        CrmDbContext db, AssignmentSubject subject, CancellationToken cancellationToken = default);

    /// <summary>
    /// What <see cref="DecideAsync"/> would decide now, and how each rule fared, for the admin
    /// page. Reads on a context of its own and writes nothing (the cursor does not move).
    /// Administrators only: anyone else gets <see cref="ForbiddenException"/>.
    /// </summary>
    Task<AssignmentPreview> PreviewAsync(AssignmentSubject subject, CancellationToken cancellationToken = default);
}

/// <summary>
/// The decision and every rule of the kind in order: inactive, matched, decided, or the condition that failed.
/// </summary>
public sealed record AssignmentPreview(AssignmentDecision Decision, IReadOnlyList<RuleCheck> Rules);
