using Crm.Domain.Assignment;

namespace Crm.Domain.Leads;

/// <summary>
/// Why a lead went to its owner or queue: the rule that decided (none for a manual reassignment
/// or the default queue), the reason as a stable code with its <see cref="Arguments"/> (names,
/// regions, counts as they were at that moment), and whom the rule passed over and why. Screens
/// put the code into the reader's language; <see cref="AssignmentReasons"/> lists the codes.
/// </summary>
public sealed record AssignmentNote(Guid? RuleId, string RuleName, string Reason)
{
    public const int MaxRuleNameLength = 200;
    public const int MaxReasonLength = 100;

    /// <summary>Someone moved the lead to another owner by hand; the lead records who.</summary>
    public const string Reassigned = "manual.reassigned";

    /// <summary>The values the reason's text mentions, in the order <see cref="AssignmentReasons"/> gives.</summary>
    public IReadOnlyList<string> Arguments { get; init; } = [];

    /// <summary>The users the deciding rule considered but passed over, in the order it tried them.</summary>
    public IReadOnlyList<SkippedUser> Skipped { get; init; } = [];

    /// <summary>What the engine decided, as a note: its rule, reason code, arguments and skips.</summary>
    public static AssignmentNote Of(AssignmentDecision decision) =>
        new(decision.Rule?.Id, decision.Rule?.Name ?? "", decision.Reason.Code)
        {
            Arguments = [.. decision.Reason.Arguments],
            Skipped = [.. decision.Skipped],
        };

    /// <summary>A note for a decision no rule made, such as a manual reassignment.</summary>
    public static AssignmentNote Without(string reason) => new(null, "", reason);

    public bool Equals(AssignmentNote? other) =>
        other is not null && RuleId == other.RuleId && RuleName == other.RuleName && Reason == other.Reason
        && Arguments.SequenceEqual(other.Arguments) && Skipped.SequenceEqual(other.Skipped);

    public override int GetHashCode() => HashCode.Combine(RuleId, RuleName, Reason);
}
