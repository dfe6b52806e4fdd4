using Crm.Domain.Assignment;
using Crm.Domain.Common;
using Crm.Infrastructure.Common;

namespace Crm.Infrastructure.Assignment;

/// <summary>
/// The administration of assignment rules. Every method first checks that the caller is an
/// active user holding the Admin role in the database, and throws <see cref="ForbiddenException"/>
/// otherwise. Invalid input throws <see cref="DomainException"/> naming the field (Name,
/// Conditions[i].Field/Operator/Values, StrategyUser, StrategyTeam, FallbackQueue,
/// DefaultQueue) and saves nothing; unknown or deleted rules throw <see cref="NotFoundException"/>.
/// </summary>
public interface IAssignmentRuleService
{
    /// <summary>The kind's rules in the order the engine tries them.</summary>
    Task<IReadOnlyList<AssignmentRuleRow>> ListAsync(RecordKind kind, CancellationToken cancellationToken = default);

    /// <summary>Users (active first, then by name), teams by name, the kind's fields and the default queue.</summary>
    Task<AssignmentChoices> ChoicesAsync(RecordKind kind, CancellationToken cancellationToken = default);

    /// <summary>
    /// Adds an active rule at the end of the kind's list. A named owner must be an active user;
    /// round robin and least busy need a team with at least one active member; every team
    /// named must exist.
    /// </summary>
    Task<Guid> CreateAsync(RecordKind kind, AssignmentRuleInput input, CancellationToken cancellationToken = default);

    /// <summary>
    /// Replaces the rule's definition, checked as in <see cref="CreateAsync"/>. Throws
    /// <see cref="ConcurrencyConflictException"/> when an administrator changed the rule after
    /// <paramref name="expectedRevision"/> (assignments the rule made meanwhile do not count).
    /// </summary>
    Task UpdateAsync(
        Guid ruleId, int expectedRevision, AssignmentRuleInput input, CancellationToken cancellationToken = default);

    /// <summary>Swaps the rule with its neighbour; moving the first up or the last down changes nothing.</summary>
    Task MoveAsync(Guid ruleId, RuleMove move, CancellationToken cancellationToken = default);

    /// <summary>Switches the rule on or off; an inactive rule stays in its place and is skipped.</summary>
    Task SetActiveAsync(Guid ruleId, bool active, CancellationToken cancellationToken = default);

    /// <summary>Removes the rule from the list (soft delete).</summary>
    Task DeleteAsync(Guid ruleId, CancellationToken cancellationToken = default);

    /// <summary>Sets the team whose queue takes every record no rule matches.</summary>
    Task SetDefaultQueueAsync(Guid teamId, CancellationToken cancellationToken = default);
}
