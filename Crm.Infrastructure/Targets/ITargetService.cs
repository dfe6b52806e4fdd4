using Crm.Domain.Common;
using Crm.Domain.Targets;
using Crm.Infrastructure.Common;

namespace Crm.Infrastructure.Targets;

/// <summary>
/// Targets per rep and sales team per fiscal month or quarter, and attainment toward them.
/// Admins read and set every target; a sales manager reads the teams they manage and those
/// teams' reps; anyone else reads their own. Setting, clearing and copying throw
/// <see cref="ForbiddenException"/> for anyone but an admin. Definitions: docs/metrics.md, "Targets and attainment".
/// </summary>
public interface ITargetService
{
    /// <summary>The fiscal year start, the organisation's today and base currency.</summary>
    Task<TargetCalendarInfo> CalendarAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// The targets of <paramref name="periodKey"/> in the caller's scope, teams by name, reps by
    /// name. Throws <see cref="DomainException"/> "Period.unknown" for a key that names no period.
    /// </summary>
    Task<TargetSheet> ListAsync(string periodKey, CancellationToken cancellationToken = default);

    /// <summary>
    /// Sets or (a null value) clears one target. Throws <see cref="DomainException"/> with the
    /// field at fault (Period, Subject, Measure, Value) and <see cref="ConcurrencyConflictException"/>
    /// when the target changed since <see cref="TargetInput.ExpectedVersion"/>; nothing is written then.
    /// </summary>
    Task<TargetCell> SetAsync(TargetInput input, CancellationToken cancellationToken = default);

    /// <summary>
    /// Copies the previous month's or quarter's targets into <paramref name="periodKey"/> where
    /// the period has none yet for that subject and measure, in one transaction.
    /// </summary>
    Task<TargetCopyResult> CopyPreviousAsync(string periodKey, CancellationToken cancellationToken = default);

    /// <summary>
    /// Attainment, gap, pace and coverage of <paramref name="periodKey"/> in the caller's scope,
    /// from the live opportunity facts (won amount and count, open pipeline) and the activities
    /// logged in the period.
    /// </summary>
    Task<TargetAttainment> AttainmentAsync(string periodKey, CancellationToken cancellationToken = default);

    /// <summary>
    /// The won amount against its target in <paramref name="periodKey"/> and the five months or
    /// quarters before it, oldest first, for one <paramref name="subject"/>: a rep, a team, or the
    /// organisation (null). Figures follow the same rules as <see cref="AttainmentAsync"/>. Throws
    /// <see cref="DomainException"/> "Period.unknown" for a key that names no period and
    /// <see cref="ForbiddenException"/> for a subject outside the caller's scope (the organisation
    /// for anyone but an admin).
    /// </summary>
    Task<AttainmentHistory> HistoryAsync(
        string periodKey, TargetSubject? subject, CancellationToken cancellationToken = default);
}
