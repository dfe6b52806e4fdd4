namespace Crm.Domain.Assignment;

public enum AssignmentOutcome
{
    /// <summary>A user owns the record: <see cref="AssignmentDecision.OwnerId"/>.</summary>
    Assigned = 1,

    /// <summary>The record waits in a team's queue: <see cref="AssignmentDecision.QueueTeamId"/>.</summary>
    Queued = 2,

    /// <summary>No rule placed it and there is no default queue: the record stays unassigned.</summary>
    Unrouted = 3,
}

/// <summary>Why a user the strategy considered was passed over.</summary>
public enum SkipReason
{
    Inactive = 1,
    OnLeave = 2,
    Away = 3,

    /// <summary>Open records at or over the capacity limit.</summary>
    AtCapacity = 4,

    Offline = 5,
}

/// <summary>A user passed over, with their open records and limit (for "at capacity 12/12").</summary>
public sealed record SkippedUser(Guid UserId, string DisplayName, SkipReason Reason, int OpenCount, int CapacityLimit);

/// <summary>The rule that decided.</summary>
public sealed record DecidingRule(Guid Id, string Name);

/// <summary>
/// Who gets the record and why. Exactly one of <see cref="OwnerId"/> and <see cref="QueueTeamId"/>
/// is set, unless the outcome is <see cref="AssignmentOutcome.Unrouted"/> (neither).
/// <see cref="ManagerToNotifyId"/> is the queue team's manager, set whenever a record is queued
/// (the caller tells them). <see cref="Rule"/> and <see cref="Strategy"/> are null when no rule
/// matched. <see cref="NextCursor"/> is where the deciding rule's round-robin cursor moves to
/// (null: it stays).
/// </summary>
public sealed record AssignmentDecision(
    AssignmentOutcome Outcome,
    Guid? OwnerId,
    string? OwnerName,
    Guid? QueueTeamId,
    string? QueueTeamName,
    Guid? ManagerToNotifyId,
    DecidingRule? Rule,
    StrategyKind? Strategy,
    AssignmentReason Reason,
    IReadOnlyList<SkippedUser> Skipped,
    Guid? NextCursor)
{
    public bool NotifiesManager => ManagerToNotifyId is not null;
}

/// <summary>
/// How one rule fared against the subject, in list order. <see cref="Decided"/> marks the rule
/// whose strategy ran; a rule after it still says whether it would have matched. For a rule
/// that does not match, <see cref="Failure"/> names the first condition that failed.
/// </summary>
public sealed record RuleCheck(
    Guid RuleId, string RuleName, bool IsActive, bool Matches, bool Decided, ConditionFailure? Failure);

/// <summary>The decision and how every rule of the kind fared (for previews and explanations).</summary>
public sealed record AssignmentEvaluation(AssignmentDecision Decision, IReadOnlyList<RuleCheck> Rules);
